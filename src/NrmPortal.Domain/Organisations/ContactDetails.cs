namespace NrmPortal.Domain.Organisations;

/// <summary>Address and contact details of an organisation (a value object, stored in the organisation's own row).</summary>
public sealed record ContactDetails(string? Street, string? PostalCode, string? City, string? Phone, string? Email, string? Website)
{
    public static readonly ContactDetails Empty = new(null, null, null, null, null, null);
}
