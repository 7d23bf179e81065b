using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// One track as the user's role may see it: police the reflection period and the criminal case in full; the IND and
/// CoMensha dates and decisions without the officers, units and case number, plus the residence steps. The steps offered are
/// those the state machine allows and the role records. Every read is logged.
/// </summary>
public static class GetTrack
{
    [RequireRole(Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record Person(string Reference, Guid? SignalId, Guid? VictimId, string? Name, DateOnly? DateOfBirth, string? NationalityCode,
        NationalityGroup NationalityGroup);

    /// <summary>A reflection period; unit, officer and interpreter only for police.</summary>
    public sealed record Reflection(DateOnly OfferedOn, ReflectionDecision Decision, DeclineReason? DeclineReason, DateOnly? StartsOn, DateOnly? EndsOn,
        DateOnly? EndedEarlyOn, ReflectionEndReason? EarlyEndReason, bool InDetention, DateOnly? ProsecutionConsentOn, string? Unit, string? Officer,
        string? InterpreterLanguage);

    public sealed record CaseFacts(CooperationKind? CooperationKind, DateOnly? CooperationOn, string? Unit, string? CaseNumber,
        IReadOnlyList<Decision> Decisions);

    public sealed record Decision(ProsecutionDecisionKind Kind, DateOnly DecidedOn, ComplaintOutcome? Complaint, DateOnly? ComplaintDecidedOn);

    public sealed record ResidenceEntry(ApplicationKind Kind, DateOnly AppliedOn, bool ExOfficio, CannotCooperateGround? Ground, bool IsExtension,
        bool? Granted, DateOnly? DecidedOn, DateOnly? ValidFrom, DateOnly? ValidUntil, ResidenceRegulation? Regulation,
        DateOnly? WithdrawalIntendedOn, DateOnly? WithdrawnOn);

    public sealed record Due(DeadlineKind Kind, DateOnly DueOn);

    public sealed record Model(
        Guid Id, Guid Version, Person Subject, IReadOnlySet<TrackArea> Areas, ReflectionState ReflectionState, CaseState CaseState,
        ResidenceState? ResidenceState, bool WithdrawalHeldBack, IReadOnlyList<Reflection> ReflectionPeriods, CaseFacts? Case, IReadOnlyList<ResidenceEntry> Applications,
        ApplicationKind? PendingApplicationKind, IReadOnlyList<TrackStep> AllowedSteps, IReadOnlyList<NonTemporaryGround> Grounds,
        IReadOnlyList<Due> Deadlines, IReadOnlyList<TrackEvent> Timeline, DateOnly Today, string? ReflectionRefusal, bool BreakGlass = false);

    /// <summary>The steps each role records; the page offers only these.</summary>
    public static IReadOnlySet<TrackStep> StepsRecordedBy(string? role) => role switch
    {
        Roles.Police => new HashSet<TrackStep>
        {
            TrackStep.OfferReflection, TrackStep.EndReflectionEarly, TrackStep.RecordCooperation, TrackStep.DecideToProsecute,
            TrackStep.Dismiss, TrackStep.Convict, TrackStep.Acquit, TrackStep.RecordComplaintOutcome,
        },
        Roles.Ind => new HashSet<TrackStep>
        {
            TrackStep.ApplyTemporaryPermit, TrackStep.ApplyCannotCooperatePermit, TrackStep.DecideTemporaryPermit, TrackStep.ExtendPermit,
            TrackStep.IntendWithdrawal, TrackStep.WithdrawPermit, TrackStep.ApplyContinuedResidence, TrackStep.DecideContinuedResidence,
        },
        _ => new HashSet<TrackStep>(),
    };

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog, TimeProvider clock, ResidenceRules rules)
        : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var track = await db.ResidenceTracks.AsNoTracking().Where(TrackAccess.VisibleTo(currentUser, db.Signals))
                .SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken);
            string? breakGlassReason = null;
            if (track is null)
            {
                // Outside the relation: only under an active break-the-glass grant, read-only, and logged with its reason.
                breakGlassReason = await db.BreakGlassGrants.Where(TrackAccess.ActiveGrantsOf(currentUser, clock.GetUtcNow().UtcDateTime))
                    .Where(g => g.EntityId == query.Id).OrderByDescending(g => g.GrantedAtUtc).Select(g => g.Reason).FirstOrDefaultAsync(cancellationToken);
                if (breakGlassReason is null)
                {
                    // A track that exists but lies outside the relation: "not found" for the user, a Denied entry in the log.
                    if (await db.ResidenceTracks.AnyAsync(t => t.Id == query.Id, cancellationToken))
                        await accessLog.LogDeniedAsync(nameof(ResidenceTrack), query.Id, cancellationToken);
                    return null;
                }
                track = await db.ResidenceTracks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken);
                if (track is null) return null;
            }

            var today = DutchCalendar.DateOf(clock.GetUtcNow().UtcDateTime);
            var role = currentUser.Role;
            var relation = TrackAccess.RelationOf(currentUser, track);
            var areas = TrackTimeline.AreasVisibleTo(role, relation);
            // The officers, unit and case number only for the force that holds the case; the ground of the application only for the IND.
            var isPolice = NeedToKnow.Allows(role, DataCategory.PoliceCaseData, relation);
            var isInd = NeedToKnow.Allows(role, DataCategory.MedicalGround, relation);
            var subject = await SubjectOf(track, cancellationToken);
            await accessLog.LogAsync(new AccessEvent(nameof(ResidenceTrack), [track.Id])
                { SubjectId = subject.VictimId, BreakGlassReason = breakGlassReason }, cancellationToken);
            // The person's name and date of birth were read too: logged against the person, so "who saw this victim" finds it.
            if (subject.VictimId is { } victimId)
                await accessLog.LogAsync(new AccessEvent(nameof(PossibleVictim), [victimId]) { BreakGlassReason = breakGlassReason }, cancellationToken);
            else if (subject.SignalId is { } signalId)
                await accessLog.LogAsync(new AccessEvent(nameof(Signal), [signalId]) { BreakGlassReason = breakGlassReason }, cancellationToken);

            var reflections = areas.Contains(TrackArea.Reflection)
                ? track.ReflectionPeriods.OrderBy(p => p.OfferedOn).Select(p => new Reflection(p.OfferedOn, p.Decision, p.DeclineReason, p.StartsOn, p.EndsOn,
                    p.EndedEarlyOn, p.EarlyEndReason, p.InDetention, p.ProsecutionConsentOn, isPolice ? p.Unit : null, isPolice ? p.Officer : null,
                    isPolice ? p.InterpreterLanguage : null)).ToList()
                : [];
            var caseFacts = areas.Contains(TrackArea.CriminalCase)
                ? new CaseFacts(track.CooperationKind, track.CooperationOn, isPolice ? track.CooperationUnit : null, isPolice ? track.CaseNumber : null,
                    track.ProsecutionDecisions.OrderBy(d => d.DecidedOn).Select(d => new Decision(d.Kind, d.DecidedOn, d.Complaint, d.ComplaintDecidedOn)).ToList())
                : null;
            var applications = areas.Contains(TrackArea.Residence)
                ? track.Applications.Select(a => new ResidenceEntry(a.Kind, a.AppliedOn, a.ExOfficio, isInd ? a.Ground : null, a.IsExtension, a.Granted, a.DecidedOn,
                    a.ValidFrom, a.ValidUntil, a.Regulation, a.WithdrawalIntendedOn, a.WithdrawnOn)).ToList()
                : [];
            var pendingKind = track.Applications.LastOrDefault(a => a.IsPending && a.Kind is not (ApplicationKind.Asylum or ApplicationKind.RegularOther))?.Kind;
            var recordable = TrackAccess.Holds(currentUser, track) ? StepsRecordedBy(role) : new HashSet<TrackStep>();
            var visibleKinds = DeadlineRules.For(role ?? "").ToHashSet();
            if (role == Roles.CoMenshaCoordinator) visibleKinds.UnionWith(Enum.GetValues<DeadlineKind>()); // CoMensha follows the whole track

            var residence = areas.Contains(TrackArea.Residence);
            var heldBack = residence && track.ResidenceState == ResidenceState.ContinuedResidenceApplied
                && track.CaseState is CaseState.Dismissed or CaseState.Acquitted && track.TemporaryPermitKind == ApplicationKind.TemporaryAfterCooperation;
            return new Model(track.Id, track.Version, subject, areas, track.ReflectionStateOn(today), track.CaseState,
                residence ? track.ResidenceState : null, heldBack,
                reflections, caseFacts, applications, areas.Contains(TrackArea.Residence) ? pendingKind : null,
                track.AllowedSteps(today).Where(recordable.Contains).ToList(),
                areas.Contains(TrackArea.Residence) ? track.NonTemporaryGroundsOn(today) : [],
                DeadlineRules.Of(track, rules, today).Where(d => visibleKinds.Contains(d.Kind)).Select(d => new Due(d.Kind, d.DueOn)).ToList(),
                TrackTimeline.EventsOf(track, areas, today), today, rules.ReflectionRefusalFor(track.NationalityGroup), breakGlassReason is not null);
        }

        private async Task<Person> SubjectOf(ResidenceTrack track, CancellationToken cancellationToken)
        {
            if (track.VictimId is { } victimId)
            {
                var victim = await db.PossibleVictims.AsNoTracking().Where(v => v.Id == victimId)
                    .Select(v => new { v.RegistrationNumber, v.Names, v.DateOfBirth, v.NationalityCode, v.NationalityGroup })
                    .SingleAsync(cancellationToken);
                var name = VictimNameOrder.PrimaryOf(victim.Names);
                return new Person(victim.RegistrationNumber, track.SignalId, victimId, name, victim.DateOfBirth, victim.NationalityCode, victim.NationalityGroup);
            }
            var signal = await db.Signals.AsNoTracking().Where(s => s.Id == track.SignalId)
                .Select(s => new { s.Reference, s.Person.Name, s.Person.DateOfBirth, s.Person.NationalityCode, s.NationalityGroup })
                .SingleAsync(cancellationToken);
            return new Person(signal.Reference, track.SignalId, null, signal.Name, signal.DateOfBirth, signal.NationalityCode, signal.NationalityGroup);
        }
    }
}
