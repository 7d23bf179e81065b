using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Privacy;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Persistence;

/// <summary>
/// The one database context: application data, Identity and the data-protection key ring share one transaction. Sensitive
/// text fields are encrypted by <paramref name="fieldProtector"/> (configurations mark them <c>IsEncrypted()</c>); the model
/// is cached per protector (<see cref="FieldEncryptionModelCacheKeyFactory"/>).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, FieldProtector fieldProtector)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    internal FieldProtector FieldProtector { get; } = fieldProtector ?? throw new ArgumentNullException(nameof(fieldProtector));

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Signal> Signals => Set<Signal>();
    public DbSet<IndicatorListVersion> IndicatorListVersions => Set<IndicatorListVersion>();
    public DbSet<PossibleVictim> PossibleVictims => Set<PossibleVictim>();
    public DbSet<ResidenceTrack> ResidenceTracks => Set<ResidenceTrack>();
    public DbSet<ReminderDispatch> ReminderDispatches => Set<ReminderDispatch>();
    public DbSet<ShelterFacility> ShelterFacilities => Set<ShelterFacility>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<WaitingListEntry> WaitingListEntries => Set<WaitingListEntry>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReceptionRecord> ReceptionRecords => Set<ReceptionRecord>();
    public DbSet<ErasureRequest> ErasureRequests => Set<ErasureRequest>();
    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();
    public IQueryable<AuditChainHead> AuditChainHead => Set<AuditChainHead>().AsNoTracking();

    public void DiscardChanges() => ChangeTracker.Clear();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Server-side sessions (the cookie holds only their key); not audited.</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public void ExpectVersion<TEntity>(TEntity entity, Guid version) where TEntity : class, IVersioned
    {
        var property = Entry(entity).Property(e => e.Version);
        property.OriginalValue = version;
        // Marking it modified makes every edit bump the version and check it, even when only owned rows change.
        property.IsModified = true;
    }

    /// <summary>
    /// A save outside an explicit transaction runs in one of its own, begun here rather than by EF, so that the save
    /// interceptor can chain the audit entries (update the chain head first) inside the same transaction as the rows.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        KeepLastTotpStepOutOfOrdinarySaves();
        try
        {
            if (Database.CurrentTransaction is not null || !ChangeTracker.HasChanges()) return base.SaveChanges(acceptAllChangesOnSuccess);
            using var transaction = Database.BeginTransaction();
            var written = base.SaveChanges(acceptAllChangesOnSuccess);
            transaction.Commit();
            return written;
        }
        catch
        {
            ForgetUnsavedAuditEntries();
            throw;
        }
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        KeepLastTotpStepOutOfOrdinarySaves();
        try
        {
            if (Database.CurrentTransaction is not null || !ChangeTracker.HasChanges())
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return written;
        }
        catch
        {
            ForgetUnsavedAuditEntries();
            throw;
        }
    }

    /// <summary>
    /// After a failed save its audit entries were not written, but they were sealed with a sequence of the rolled-back chain
    /// head. A caller that saves again on this context (Identity retries on the same context) would send them with that stale
    /// sequence; the interceptor writes fresh entries for whatever is still pending, so these are dropped.
    /// </summary>
    private void ForgetUnsavedAuditEntries()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            entry.State = EntityState.Detached;
    }

    /// <summary>
    /// The last accepted authenticator step is written only by the token provider's conditional update. Identity saves the whole
    /// user (UserStore.UpdateAsync marks every column), and a request that loaded the user before a racing sign-in would write
    /// the old step back and let the same code be used again.
    /// </summary>
    private void KeepLastTotpStepOutOfOrdinarySaves()
    {
        foreach (var user in ChangeTracker.Entries<AppUser>().Where(e => e.State == EntityState.Modified))
            user.Property(u => u.LastTotpTimeStep).IsModified = false;
    }

    /// <summary>Every DateTime is stored and read as UTC (SQLite keeps no kind; this makes values read back say so).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.ApplyFieldEncryption(FieldProtector);
    }
}
