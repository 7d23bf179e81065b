using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Infrastructure.Persistence.Interceptors;

/// <summary>
/// On every save: gives versioned aggregates a fresh concurrency token, stamps creation and modification (UTC, user),
/// and adds one audit entry per written entity, in the same transaction as the change. Audit entries name the changed
/// fields, never their values.
/// </summary>
public sealed class AuditAndVersionInterceptor(TimeProvider clock, ICurrentUser currentUser, ICorrelationContext correlation)
    : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry and not DataProtectionKey and not UserSession) // technical rows, not audited
            .ToList();

        foreach (var entry in entries)
        {
            if (entry.Entity is IVersioned && entry.State is EntityState.Added or EntityState.Modified)
                entry.Property(nameof(IVersioned.Version)).CurrentValue = Guid.CreateVersion7();

            if (entry.Entity is ITracksChanges)
            {
                if (entry.State == EntityState.Added)
                {
                    entry.Property(nameof(ITracksChanges.CreatedAtUtc)).CurrentValue = now;
                    entry.Property(nameof(ITracksChanges.CreatedBy)).CurrentValue = currentUser.UserId;
                }
                if (entry.State is EntityState.Added or EntityState.Modified)
                {
                    entry.Property(nameof(ITracksChanges.UpdatedAtUtc)).CurrentValue = now;
                    entry.Property(nameof(ITracksChanges.UpdatedBy)).CurrentValue = currentUser.UserId;
                }
            }

            var (entityType, entityId) = Subject(entry);
            context.Add(new AuditEntry(now, currentUser.UserId, currentUser.Role, currentUser.OrganisationId,
                ActionOf(entry.State), Truncate(entityType, AuditEntry.EntityTypeMaxLength),
                Truncate(entityId, AuditEntry.EntityIdMaxLength), ChangedFieldsOf(entry), correlation.CorrelationId));
        }
    }

    private static AuditAction ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Create,
        EntityState.Deleted => AuditAction.Delete,
        _ => AuditAction.Update,
    };

    /// <summary>
    /// What the entry is logged against. A row owned by an aggregate (an observed indicator, a name of a person) is logged
    /// against its owner, e.g. "Signal.SignalIndicator" with the signal's id: its own key can be data (an indicator code, a
    /// name) and must not reach the log.
    /// </summary>
    private static (string EntityType, string EntityId) Subject(EntityEntry entry)
    {
        if (entry.Metadata.FindOwnership() is not { } ownership) return (entry.Metadata.ShortName(), KeyOf(entry));
        var ownerKey = string.Join('|', ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
        return (ownership.PrincipalEntityType.ShortName() + "." + entry.Metadata.ShortName(), ownerKey);
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join('|', key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }

    private static string? ChangedFieldsOf(EntityEntry entry)
    {
        if (entry.State == EntityState.Deleted) return null;
        bool Changed(PropertyEntry p) => entry.State == EntityState.Added ? p.CurrentValue is not null : p.IsModified;
        var names = entry.Properties
            .Where(p => Changed(p) && !p.Metadata.IsPrimaryKey())
            .Select(p => p.Metadata.Name)
            // Value objects mapped as complex properties (an organisation's contact details) are named per field: "Contact.Phone".
            .Concat(entry.ComplexProperties.SelectMany(c => c.Properties.Where(Changed).Select(p => c.Metadata.Name + "." + p.Metadata.Name)))
            .Concat(entry.References.Where(r => r.TargetEntry is { State: EntityState.Added or EntityState.Modified })
                .Select(r => r.Metadata.Name))
            .Distinct();
        return Truncate(string.Join(',', names), AuditEntry.ChangedFieldsMaxLength);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
