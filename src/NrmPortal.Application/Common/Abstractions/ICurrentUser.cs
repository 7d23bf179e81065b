namespace NrmPortal.Application.Common.Abstractions;

/// <summary>The signed-in user of this request (or nobody). Never taken from a form.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    string? Role { get; }
    Guid? OrganisationId { get; }
    bool IsInRole(string role);
}
