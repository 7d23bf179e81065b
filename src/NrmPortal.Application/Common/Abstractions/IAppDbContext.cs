using Microsoft.EntityFrameworkCore;
using NrmPortal.Domain.Auditing;
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

namespace NrmPortal.Application.Common.Abstractions;

/// <summary>The application's view of the database. Handlers query and add through it; the unit-of-work behaviour saves.</summary>
public interface IAppDbContext
{
    DbSet<Organisation> Organisations { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Signal> Signals { get; }
    DbSet<IndicatorListVersion> IndicatorListVersions { get; }
    DbSet<PossibleVictim> PossibleVictims { get; }
    DbSet<ResidenceTrack> ResidenceTracks { get; }
    DbSet<ReminderDispatch> ReminderDispatches { get; }
    DbSet<ShelterFacility> ShelterFacilities { get; }
    DbSet<Placement> Placements { get; }
    DbSet<WaitingListEntry> WaitingListEntries { get; }
    DbSet<Referral> Referrals { get; }
    DbSet<ReceptionRecord> ReceptionRecords { get; }
    DbSet<ErasureRequest> ErasureRequests { get; }
    DbSet<BreakGlassGrant> BreakGlassGrants { get; }

    /// <summary>The end of the audit chain (one row); read by the verifier, written only by the save interceptor.</summary>
    IQueryable<AuditChainHead> AuditChainHead { get; }

    /// <summary>Forgets every pending change (a background job's failed claim must not be retried with the next save).</summary>
    void DiscardChanges();

    /// <summary>Saves at once; only for work outside a request's unit of work (a background job that must record each step).</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Tells EF which concurrency token the user's edit was based on (set as the original value, never the current one).</summary>
    void ExpectVersion<TEntity>(TEntity entity, Guid version) where TEntity : class, Domain.Common.IVersioned;
}
