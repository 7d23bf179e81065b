using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Victims;

/// <summary>The victim file for CoMensha: the registration, its linked signals and the timeline. Every read is logged.</summary>
public static class GetVictimFile
{
    [RequireRole(Roles.CoMenshaCoordinator)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record LinkedSignal(Guid Id, string Reference, DateTime ReportedAtUtc, OrganisationType ReporterType);

    public sealed record Model(
        Guid Id, string RegistrationNumber, DateTime RegisteredAtUtc, IReadOnlyList<VictimName> Names, Sex Sex, DateOnly? DateOfBirth,
        bool DateOfBirthEstimated, int? AgeAtRegistration, bool? IsMinor, string? NationalityCode, NationalityGroup NationalityGroup,
        ExploitationForms ExploitationForms, OrganisationType FirstReporterType, int AccompanyingChildren, string? Languages, Regions Region,
        VictimFileStatus Status, DateTime? ClosedAtUtc, CloseReason? CloseReason, IReadOnlyList<TimelineEvent> Timeline,
        IReadOnlyList<LinkedSignal> Signals, Guid Version, TrackSummary? Track, IReadOnlyList<PlacementEvent> PlacementEvents,
        Guardian? Guardian = null, IReadOnlyList<Guardian>? GuardianOptions = null, IReadOnlyList<ReceptionPeriod>? ReceptionPeriods = null)
    {
        /// <summary>The person's referrals on the timeline: sent, accepted, declined, completed, consent withdrawn; the need as detail.</summary>
        public IReadOnlyList<ReferralEvent> ReferralEvents { get; init; } = [];

        /// <summary>When the identifying data were erased (retention or an erasure request); null while they are held.</summary>
        public DateTime? AnonymisedAtUtc { get; init; }
    }

    /// <summary>A placement step on the timeline: requested, arrived, ended (with the reason, a transfer among them).</summary>
    public sealed record PlacementEvent(DateTime AtUtc, PlacementStatus Step, string FacilityName, PlacementEndReason? EndReason);

    /// <summary>A guardianship organisation (Nidos): the one recorded, or one that may be chosen.</summary>
    public sealed record Guardian(Guid Id, string Name);

    /// <summary>A period of COA reception and allowance, for the timeline (start and end).</summary>
    public sealed record ReceptionPeriod(DateOnly From, DateOnly? EndedOn, NrmPortal.Domain.Reception.ReceptionEndReason? EndReason);

    /// <summary>The person's reflection and residence track as CoMensha follows it: states, events and what is due.</summary>
    public sealed record TrackSummary(Guid Id, ReflectionState ReflectionState, CaseState CaseState, ResidenceState ResidenceState,
        IReadOnlyList<TrackEvent> Events, IReadOnlyList<GetTrack.Due> Deadlines);

    public sealed class Handler(IAppDbContext db, IAccessLog accessLog, TimeProvider clock, ResidenceRules rules) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var v = await db.PossibleVictims.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
            if (v is null) return null;
            var signals = await db.Signals.AsNoTracking().Where(s => s.VictimId == v.Id).OrderBy(s => s.ReportedAtUtc)
                .Select(s => new LinkedSignal(s.Id, s.Reference, s.ReportedAtUtc, s.ReporterOrganisationType)).ToListAsync(cancellationToken);
            var track = await db.ResidenceTracks.AsNoTracking().SingleOrDefaultAsync(t => t.VictimId == v.Id, cancellationToken);
            var today = DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            var trackSummary = track is null ? null : new TrackSummary(track.Id, track.ReflectionStateOn(today), track.CaseState, track.ResidenceState,
                TrackTimeline.EventsOf(track, TrackTimeline.AreasVisibleTo(Roles.CoMenshaCoordinator), today),
                DeadlineRules.Of(track, rules, today).Select(d => new GetTrack.Due(d.Kind, d.DueOn)).ToList());
            var placements = await db.Placements.AsNoTracking().Where(p => p.VictimId == v.Id)
                .Join(db.ShelterFacilities, p => p.FacilityId, f => f.Id, (p, f) => new { p.RequestedAtUtc, p.ArrivedOn, p.EndedOn, p.EndReason, f.Name })
                .ToListAsync(cancellationToken);
            var placementEvents = placements.SelectMany(p => new PlacementEvent?[]
                {
                    new(p.RequestedAtUtc, PlacementStatus.Requested, p.Name, null),
                    p.ArrivedOn is { } arrived ? new(DutchCalendar.StartOfDayUtc(arrived), PlacementStatus.Placed, p.Name, null) : null,
                    p.EndedOn is { } ended ? new(DutchCalendar.StartOfDayUtc(ended), PlacementStatus.Ended, p.Name, p.EndReason) : null,
                }).OfType<PlacementEvent>().OrderBy(e => e.AtUtc).ToList();
            var referralSteps = await db.Referrals.AsNoTracking().Where(r => r.VictimId == v.Id)
                .Select(r => new { r.Id, r.Need, r.Status, r.SentAtUtc, r.RespondedAtUtc, r.CompletedAtUtc, r.WithdrawnAtUtc }).ToListAsync(cancellationToken);
            var referralEvents = referralSteps.SelectMany(r => Referral.EventsOf(r.Id, r.Need, r.Status, r.SentAtUtc, r.RespondedAtUtc, r.CompletedAtUtc, r.WithdrawnAtUtc))
                .OrderBy(e => e.OccurredAtUtc).ToList();
            var guardianOptions = await db.Organisations.AsNoTracking()
                .Where(o => (o.IsActive && o.Type == OrganisationType.Nidos) || o.Id == v.GuardianOrganisationId).OrderBy(o => o.Name)
                .Select(o => new Guardian(o.Id, o.Name)).ToListAsync(cancellationToken);
            var receptionPeriods = await db.ReceptionRecords.AsNoTracking().Where(r => r.VictimId == v.Id).OrderBy(r => r.AllowanceFrom)
                .Select(r => new ReceptionPeriod(r.AllowanceFrom, r.EndedOn, r.EndReason)).ToListAsync(cancellationToken);
            await accessLog.LogReadAsync(nameof(PossibleVictim), [v.Id], cancellationToken);
            return new Model(v.Id, v.RegistrationNumber, v.RegisteredAtUtc, VictimNameOrder.Ordered(v.Names), v.Sex, v.DateOfBirth, v.DateOfBirthEstimated,
                v.AgeAtRegistration, v.IsMinor, v.NationalityCode, v.NationalityGroup, v.ExploitationForms, v.FirstReporterType, v.AccompanyingChildren,
                v.Languages, v.Region, v.Status, v.ClosedAtUtc, v.CloseReason, v.Timeline.OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Kind).ToList(), signals, v.Version, trackSummary, placementEvents,
                guardianOptions.SingleOrDefault(o => o.Id == v.GuardianOrganisationId), guardianOptions, receptionPeriods)
                { ReferralEvents = referralEvents, AnonymisedAtUtc = v.AnonymisedAtUtc };
        }
    }
}
