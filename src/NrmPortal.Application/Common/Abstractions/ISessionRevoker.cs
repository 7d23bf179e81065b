namespace NrmPortal.Application.Common.Abstractions;

/// <summary>
/// Ends sessions on the server (ASVS 7.4.2, 7.4.5): the session rows are deleted, so the user's next request is anonymous,
/// whatever cookie it carries. Runs in the caller's unit of work (same transaction as the change that calls for it).
/// </summary>
public interface ISessionRevoker
{
    /// <summary>Ends every session of the user, at once. Returns how many were ended.</summary>
    Task<int> RevokeAllAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the user except the one with this key (the user's own, after changing their password).</summary>
    Task<int> RevokeOthersAsync(Guid userId, string? keepSessionKey, CancellationToken cancellationToken);
}
