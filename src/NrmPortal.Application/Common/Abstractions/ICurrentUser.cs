namespace NrmPortal.Application.Common.Abstractions;

/// <summary>The signed-in user of this request (or nobody). Never taken from a form.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? UserId { get; }
    string? Role { get; }
    Guid? OrganisationId { get; }
    bool IsInRole(string role);

    /// <summary>The key of this request's server-side session, if any (to keep it when the user's other sessions end).</summary>
    string? SessionKey => null;
}
