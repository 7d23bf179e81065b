using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Retention;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Privacy;

/// <summary>
/// Data-subject access request (AVG art. 15): everything the portal holds about one possible victim — the victim file with
/// its names and timeline, its signals (indicators and account), the reflection and residence track, placements, waiting
/// lists, referrals, reception records, erasure requests, and the access-log entries about all of them. The export itself
/// is logged against the person.
/// </summary>
public static class ExportPersonalData
{
    /// <summary>How the export is named in the access log until the log has its own export event code.</summary>
    public const string LoggedAs = nameof(PossibleVictim);

    [RequireRole(Roles.PrivacyOfficer)]
    public sealed record Query(Guid VictimId) : IQuery<Model?>;

    public sealed record Model(
        DateTime ExportedAtUtc,
        PossibleVictim VictimFile,
        IReadOnlyList<Signal> Signals,
        IReadOnlyList<ResidenceTrack> Tracks,
        IReadOnlyList<Placement> Placements,
        IReadOnlyList<WaitingListEntry> WaitingListEntries,
        IReadOnlyList<Referral> Referrals,
        IReadOnlyList<ReceptionRecord> ReceptionRecords,
        IReadOnlyList<ErasureRequest> ErasureRequests,
        IReadOnlyList<AccessEntry> AccessLog);

    /// <summary>One access-log row about the person's records: who (user id, role, organisation id), what and when.</summary>
    public sealed record AccessEntry(DateTime OccurredAtUtc, AuditAction Action, string EntityType, string EntityId, Guid? UserId, string? Role,
        Guid? OrganisationId, string? ChangedFields);

    public sealed class Handler(IAppDbContext db, IAccessLog accessLog, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var victim = await db.PossibleVictims.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.VictimId, cancellationToken);
            if (victim is null) return null;
            var signals = await db.Signals.AsNoTracking().Where(s => s.VictimId == victim.Id).OrderBy(s => s.ReportedAtUtc).ToListAsync(cancellationToken);
            var signalIds = signals.Select(s => s.Id).ToList();
            var tracks = await db.ResidenceTracks.AsNoTracking()
                .Where(t => t.VictimId == victim.Id || (t.SignalId != null && signalIds.Contains(t.SignalId.Value))).ToListAsync(cancellationToken);
            var placements = await db.Placements.AsNoTracking().Where(p => p.VictimId == victim.Id).OrderBy(p => p.RequestedAtUtc).ToListAsync(cancellationToken);
            var waiting = await db.WaitingListEntries.AsNoTracking().Where(w => w.VictimId == victim.Id).OrderBy(w => w.AddedAtUtc).ToListAsync(cancellationToken);
            var referrals = await db.Referrals.AsNoTracking().Where(r => r.VictimId == victim.Id).OrderBy(r => r.SentAtUtc).ToListAsync(cancellationToken);
            var reception = await db.ReceptionRecords.AsNoTracking().Where(r => r.VictimId == victim.Id).OrderBy(r => r.AllowanceFrom).ToListAsync(cancellationToken);
            var erasure = await db.ErasureRequests.AsNoTracking().Where(r => r.VictimId == victim.Id).OrderBy(r => r.RequestedAtUtc).ToListAsync(cancellationToken);

            var ids = new[] { victim.Id }.Concat(signalIds).Concat(tracks.Select(t => t.Id)).Concat(placements.Select(p => p.Id))
                .Concat(waiting.Select(w => w.Id)).Concat(referrals.Select(r => r.Id)).Concat(reception.Select(r => r.Id))
                .Select(id => id.ToString()).ToList();
            var log = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.EntityId)).OrderBy(a => a.OccurredAtUtc)
                .Select(a => new AccessEntry(a.OccurredAtUtc, a.Action, a.EntityType, a.EntityId, a.UserId, a.Role, a.OrganisationId, a.ChangedFields))
                .ToListAsync(cancellationToken);

            // Everything about the person left the portal's screens: an Export event against the person (NEN 7513).
            await accessLog.LogAsync(new AccessEvent(LoggedAs, [victim.Id]) { Action = AuditAction.Export, SubjectId = victim.Id }, cancellationToken);
            return new Model(clock.GetUtcNow().UtcDateTime, victim, signals, tracks, placements, waiting, referrals, reception, erasure, log);
        }
    }
}
