using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence.Interceptors;

/// <summary>
/// On every save: gives versioned aggregates a fresh concurrency token, stamps creation and modification (UTC, user),
/// and adds one audit entry per written entity, in the same transaction as the change. Audit entries name the changed
/// fields, never their values, with the victim concerned where the row says (its VictimId). The added audit entries (these
/// and the access log's) are then chained: sequence and hash from the chain head, which is updated first, in the same
/// transaction. An audit entry is never changed or removed: such a save is refused.
/// </summary>
public sealed class AuditAndVersionInterceptor(TimeProvider clock, ICurrentUser currentUser, ICorrelationContext correlation)
    : SaveChangesInterceptor
{
    public const string AppendOnlyMessage = "AuditEntries is append-only";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Stamp(context);
            if (Unsealed(context) is { Count: > 0 } pending)
            {
                RequireTransaction(context);
                context.Database.ExecuteSql($"UPDATE AuditChainHead SET LastSequence = LastSequence WHERE Id = {AuditChainHead.SingletonId}");
                var head = context.Set<AuditChainHead>().AsNoTracking().Single(h => h.Id == AuditChainHead.SingletonId);
                var (sequence, hash) = Seal(pending, head);
                context.Database.ExecuteSql(
                    $"UPDATE AuditChainHead SET LastSequence = {sequence}, LastHash = {hash} WHERE Id = {AuditChainHead.SingletonId}");
            }
        }
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            Stamp(context);
            if (Unsealed(context) is { Count: > 0 } pending)
            {
                RequireTransaction(context);
                // The first statement of the chain is a write on the head row: it takes the write lock (SQLite) or the row
                // lock (SQL Server) until the transaction ends, so a concurrent writer waits here and then reads our head.
                await context.Database.ExecuteSqlAsync(
                    $"UPDATE AuditChainHead SET LastSequence = LastSequence WHERE Id = {AuditChainHead.SingletonId}", cancellationToken);
                var head = await context.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
                var (sequence, hash) = Seal(pending, head);
                await context.Database.ExecuteSqlAsync(
                    $"UPDATE AuditChainHead SET LastSequence = {sequence}, LastHash = {hash} WHERE Id = {AuditChainHead.SingletonId}", cancellationToken);
            }
        }
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>The audit entries this save adds, in a fixed order; refuses any change or removal of an existing one.</summary>
    private static List<AuditEntry> Unsealed(DbContext context)
    {
        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || context.ChangeTracker.Entries<AuditChainHead>().Any(e => e.State is not EntityState.Unchanged and not EntityState.Detached))
            throw new InvalidOperationException(AppendOnlyMessage);
        return context.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.Sequence == 0)
            .Select(e => e.Entity)
            .OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id)
            .ToList();
    }

    private static void RequireTransaction(DbContext context)
    {
        if (context.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Audit entries are chained inside the save's transaction (AppDbContext begins one).");
    }

    private static (long Sequence, string Hash) Seal(List<AuditEntry> pending, AuditChainHead head)
    {
        var (sequence, hash) = (head.LastSequence, head.LastHash);
        foreach (var entry in pending)
        {
            entry.Seal(++sequence, hash);
            hash = entry.Hash;
        }
        return (sequence, hash);
    }

    private void Stamp(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var tracked = context.ChangeTracker.Entries().ToList(); // once: every call detects changes again
        var entries = tracked
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry and not AuditChainHead and not DataProtectionKey and not UserSession) // technical rows, not audited
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
                Truncate(entityId, AuditEntry.EntityIdMaxLength), ChangedFieldsOf(entry), correlation.CorrelationId,
                subjectId: VictimOf(entry, tracked), clientAddress: correlation.ClientAddress));
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

    /// <summary>The possible victim a written row concerns: the person itself, or the row's (or its owner's) VictimId.</summary>
    private static Guid? VictimOf(EntityEntry entry, List<EntityEntry> tracked)
    {
        var owner = entry.Metadata.FindOwnership() is { } ownership
            ? tracked.FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue)
                    .SequenceEqual(ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue)))
            : entry;
        if (owner is null) return null;
        if (owner.Entity is PossibleVictim victim) return victim.Id;
        return owner.Metadata.FindProperty("VictimId") is { } property && owner.Property(property.Name).CurrentValue is Guid id ? id : null;
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
