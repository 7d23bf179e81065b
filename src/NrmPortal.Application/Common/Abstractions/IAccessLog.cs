using NrmPortal.Domain.Auditing;

namespace NrmPortal.Application.Common.Abstractions;

/// <summary>
/// The read side of the access log (NEN 7513 ch. 6: reading and searching victim data are logged, not only writes; the
/// writes are logged by the save interceptor). A search logs the ids it returned, never the search terms. Every entry gets
/// the user, role, organisation, purpose (from the role), client address and correlation id of the request.
/// </summary>
public interface IAccessLog
{
    /// <summary>Logs that the current user read these records, and saves at once: reads run outside any unit of work.</summary>
    Task LogReadAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Logs a refused attempt to open a record outside the user's relation (answered as "not found"), with outcome Denied,
    /// and saves at once. Call it only for a record that exists, so that probing for ids leaves a trail.
    /// </summary>
    Task LogDeniedAsync(string entityType, Guid id, CancellationToken cancellationToken);

    /// <summary>Logs an event with details a plain read does not have (event code, victim, break-the-glass reason), and saves at once.</summary>
    Task LogAsync(AccessEvent access, CancellationToken cancellationToken);
}

/// <summary>
/// One access-log event: one entry per id. <see cref="SubjectId"/> is the victim concerned where the caller knows it (reads of a
/// person default to the person's own id); a <see cref="BreakGlassReason"/> marks the access as break-the-glass.
/// </summary>
public sealed record AccessEvent(string EntityType, IReadOnlyCollection<Guid> Ids)
{
    public AuditAction Action { get; init; } = AuditAction.Read;
    public AuditOutcome Outcome { get; init; } = AuditOutcome.Success;
    public Guid? SubjectId { get; init; }
    public string? BreakGlassReason { get; init; }

    /// <summary>Null: the purpose of the user's role.</summary>
    public string? Purpose { get; init; }
}
