using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence;

/// <inheritdoc cref="IAccessLog"/>
public sealed class AccessLog(AppDbContext db, TimeProvider clock, ICurrentUser currentUser, ICorrelationContext correlation) : IAccessLog
{
    public Task LogReadAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        LogAsync(new AccessEvent(entityType, ids), cancellationToken);

    public Task LogDeniedAsync(string entityType, Guid id, CancellationToken cancellationToken) =>
        LogAsync(new AccessEvent(entityType, [id]) { Outcome = AuditOutcome.Denied }, cancellationToken);

    public async Task LogAsync(AccessEvent access, CancellationToken cancellationToken)
    {
        if (access.Ids.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in access.Ids)
        {
            var subject = access.SubjectId ?? (access.EntityType == nameof(PossibleVictim) ? id : null);
            db.AuditEntries.Add(new AuditEntry(now, currentUser.UserId, currentUser.Role, currentUser.OrganisationId, access.Action,
                access.EntityType, id.ToString(), changedFields: null, correlation.CorrelationId, access.Outcome, access.Purpose, subject,
                correlation.ClientAddress, onBehalfOfUserId: null, access.BreakGlassReason));
        }
        await db.SaveChangesAsync(cancellationToken); // chained by the save interceptor, in the save's transaction
    }
}
