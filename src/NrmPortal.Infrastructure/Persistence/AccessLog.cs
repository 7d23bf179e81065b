using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;

namespace NrmPortal.Infrastructure.Persistence;

/// <inheritdoc cref="IAccessLog"/>
public sealed class AccessLog(AppDbContext db, TimeProvider clock, ICurrentUser currentUser, ICorrelationContext correlation) : IAccessLog
{
    public async Task LogReadAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in ids)
        {
            db.AuditEntries.Add(new AuditEntry(now, currentUser.UserId, currentUser.Role, currentUser.OrganisationId, AuditAction.Read,
                entityType, id.ToString(), changedFields: null, correlation.CorrelationId));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task LogDeniedAsync(string entityType, Guid id, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, currentUser.UserId, currentUser.Role, currentUser.OrganisationId,
            AuditAction.Read, entityType, id.ToString(), changedFields: "(denied)", correlation.CorrelationId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
