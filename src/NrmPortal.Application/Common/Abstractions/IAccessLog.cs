namespace NrmPortal.Application.Common.Abstractions;

/// <summary>
/// The read side of the access log (NEN 7513 ch. 6: reading and searching victim data are logged, not only writes; the
/// writes are logged by the save interceptor). A search logs the ids it returned, never the search terms.
/// </summary>
public interface IAccessLog
{
    /// <summary>Logs that the current user read these records, and saves at once: reads run outside any unit of work.</summary>
    Task LogReadAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Logs a refused attempt to open a record outside the user's relation (answered as "not found"), and saves at once.
    /// Call it only for a record that exists, so that probing for ids leaves a trail.
    /// </summary>
    Task LogDeniedAsync(string entityType, Guid id, CancellationToken cancellationToken);
}
