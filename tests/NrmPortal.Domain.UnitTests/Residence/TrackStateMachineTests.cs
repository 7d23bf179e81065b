using NrmPortal.Domain.Residence;
using static NrmPortal.Domain.Residence.TrackStep;

namespace NrmPortal.Domain.UnitTests.Residence;

/// <summary>
/// The three state machines of the residence track, exhaustively: every reachable state (built by a short path), the steps
/// it allows, that each allowed step succeeds, and that every other step is refused with the allowed steps named.
/// </summary>
public sealed class TrackStateMachineTests
{
    /// <summary>Every step of the paths below happens on this day; "today" is this day too unless the state says otherwise.</summary>
    private static readonly DateOnly Day = new(2025, 3, 3);

    private static ResidenceTrack New() => TrackBuilder.NewTrack();
    private static ResidenceTrack Permit() => New().Reported(Day).AppliedTemporary(Day).Granted(Day);
    private static ResidenceTrack CannotCooperatePermit() => New().AppliedCannotCooperate(Day).Granted(Day);

    // HeldBack: a refused IntendWithdrawal or WithdrawPermit is refused as "held back" (continued residence pending after the
    // case ended without a conviction, on a permit after cooperation) rather than with the generic text.
    private sealed record State(string Name, Func<ResidenceTrack> Build, TrackStep[] Allowed, DateOnly? Today = null, bool HeldBack = false)
    {
        public DateOnly OnDay => Today ?? Day;
    }

    /// <summary>The expectation table: each state, how it is reached, and exactly the steps it allows.</summary>
    private static readonly State[] States =
    [
        // ----- Reflection period (no report yet) -----
        new("new", New, [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        // Decision: a "cannot cooperate" application leaves a running reflection period running.
        new("reflection running", () => New().Offered(Day), [EndReflectionEarly, RecordCooperation, ApplyCannotCooperatePermit]),
        new("reflection declined", () => New().Declined(Day), [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        new("reflection ended early", () => New().Offered(Day).EndedEarly(Day), [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        new("reflection expired", () => New().Offered(Day), [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit], Day.AddMonths(4)),
        new("reflection running, cannot-cooperate applied", () => New().Offered(Day).AppliedCannotCooperate(Day),
            [EndReflectionEarly, RecordCooperation, DecideTemporaryPermit]),

        // ----- Criminal case, no permit -----
        // Rule: the "cannot cooperate" permit is only for someone who has not reported (CaseState NoReport).
        new("reported", () => New().Reported(Day), [DecideToProsecute, Dismiss, ApplyTemporaryPermit]),
        new("reported during reflection", () => New().Offered(Day).Reported(Day), [DecideToProsecute, Dismiss, ApplyTemporaryPermit]),
        new("prosecuting", () => New().Reported(Day).Prosecuted(Day), [Dismiss, Convict, Acquit, ApplyTemporaryPermit]),
        new("dismissed, complaint pending", () => New().Reported(Day).Dismissed(Day, complaint: true), [RecordComplaintOutcome]),
        new("dismissed, complaint rejected", () => New().Reported(Day).Dismissed(Day, complaint: true).ComplaintDecided(upheld: false, Day), []),
        new("dismissed without complaint", () => New().Reported(Day).Dismissed(Day), []),
        new("convicted", () => New().Reported(Day).Prosecuted(Day).Convicted(Day), []),
        new("acquitted", () => New().Reported(Day).Prosecuted(Day).Acquitted(Day), []),

        // ----- Temporary permit after cooperation -----
        new("temporary applied", () => New().Reported(Day).AppliedTemporary(Day), [DecideToProsecute, Dismiss, DecideTemporaryPermit]),
        new("temporary refused", () => New().Reported(Day).AppliedTemporary(Day).Refused(Day), [DecideToProsecute, Dismiss, ApplyTemporaryPermit]),
        // Rule: the permit after cooperation is extended only while the case runs (or continued residence is pending).
        new("temporary permit", Permit, [DecideToProsecute, Dismiss, ExtendPermit, ApplyContinuedResidence]),
        new("temporary permit, prosecuting", () => Permit().Prosecuted(Day), [Dismiss, Convict, Acquit, ExtendPermit, ApplyContinuedResidence]),
        new("temporary permit, dismissed", () => Permit().Dismissed(Day), [IntendWithdrawal, ApplyContinuedResidence]),
        new("temporary permit, dismissed, complaint pending", () => Permit().Dismissed(Day, complaint: true),
            [RecordComplaintOutcome, IntendWithdrawal, ApplyContinuedResidence]),
        new("temporary permit, convicted", () => Permit().Prosecuted(Day).Convicted(Day), [ApplyContinuedResidence]),
        // Rule: an acquittal, like a dismissal, ends the ground of the permit: the IND may withdraw it.
        new("temporary permit, acquitted", () => Permit().Prosecuted(Day).Acquitted(Day), [IntendWithdrawal, ApplyContinuedResidence]),

        // ----- "Cannot cooperate" permit -----
        // Rule: no reflection period once a residence procedure has begun (ResidenceState None only).
        new("cannot-cooperate applied", () => New().AppliedCannotCooperate(Day), [RecordCooperation, DecideTemporaryPermit]),
        new("cannot-cooperate refused", () => New().AppliedCannotCooperate(Day).Refused(Day), [RecordCooperation, ApplyCannotCooperatePermit]),
        new("cannot-cooperate permit", CannotCooperatePermit, [RecordCooperation, ApplyContinuedResidence]),
        new("cannot-cooperate permit, reported", () => CannotCooperatePermit().Reported(Day), [DecideToProsecute, Dismiss, ApplyContinuedResidence]),
        new("cannot-cooperate permit, dismissed", () => CannotCooperatePermit().Reported(Day).Dismissed(Day), [ApplyContinuedResidence]),

        // ----- Withdrawal and continued residence -----
        new("withdrawal intended", () => Permit().Dismissed(Day).WithdrawalIntended(Day), [WithdrawPermit, ApplyContinuedResidence]),
        new("withdrawal intended, complaint pending", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day),
            [RecordComplaintOutcome, WithdrawPermit, ApplyContinuedResidence]),
        new("withdrawal intended after acquittal", () => Permit().Prosecuted(Day).Acquitted(Day).WithdrawalIntended(Day),
            [WithdrawPermit, ApplyContinuedResidence]),
        // Rule: "held back" only while continued residence is pending after a dismissal or acquittal, on a permit after
        // cooperation; otherwise the generic refusal.
        new("continued residence applied from permit", () => Permit().AppliedContinued(Day), [DecideToProsecute, Dismiss, ExtendPermit, DecideContinuedResidence]),
        new("continued residence applied from cannot-cooperate permit", () => CannotCooperatePermit().AppliedContinued(Day),
            [RecordCooperation, DecideContinuedResidence]),
        new("continued residence applied from cannot-cooperate permit, dismissed",
            () => CannotCooperatePermit().Reported(Day).Dismissed(Day).AppliedContinued(Day), [DecideContinuedResidence]),
        new("continued residence applied after dismissal", () => Permit().Dismissed(Day).AppliedContinued(Day),
            [ExtendPermit, DecideContinuedResidence], HeldBack: true),
        new("continued residence applied after acquittal", () => Permit().Prosecuted(Day).Acquitted(Day).AppliedContinued(Day),
            [ExtendPermit, DecideContinuedResidence], HeldBack: true),
        new("continued residence applied after conviction", () => Permit().Prosecuted(Day).Convicted(Day).AppliedContinued(Day),
            [ExtendPermit, DecideContinuedResidence]),
        // Decision: extension allowed while continued residence is pending so the permit does not lapse during the decision.
        new("continued residence applied from withdrawal intended", () => Permit().Dismissed(Day).WithdrawalIntended(Day).AppliedContinued(Day),
            [ExtendPermit, DecideContinuedResidence], HeldBack: true),
        new("continued residence refused", () => Permit().AppliedContinued(Day).Refused(Day), [DecideToProsecute, Dismiss, ExtendPermit, ApplyContinuedResidence]),
        new("continued residence refused after intended withdrawal",
            () => Permit().Dismissed(Day).WithdrawalIntended(Day).AppliedContinued(Day).Refused(Day), [WithdrawPermit, ApplyContinuedResidence]),
        new("non-temporary permit", () => Permit().AppliedContinued(Day).Granted(Day), [DecideToProsecute, Dismiss]),
        new("withdrawn", () => Permit().Dismissed(Day).WithdrawalIntended(Day).Withdrawn(Day), []),
        new("withdrawn after acquittal", () => Permit().Prosecuted(Day).Acquitted(Day).WithdrawalIntended(Day).Withdrawn(Day), []),
        new("withdrawn, complaint pending", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day).Withdrawn(Day), [RecordComplaintOutcome]),
        new("withdrawn, complaint upheld", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day).Withdrawn(Day).ComplaintDecided(upheld: true, Day),
            [Dismiss, Convict, Acquit, ApplyTemporaryPermit]),
        new("new permit after withdrawal", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day).Withdrawn(Day)
            .ComplaintDecided(upheld: true, Day).AppliedTemporary(Day).Granted(Day), [Dismiss, Convict, Acquit, ExtendPermit, ApplyContinuedResidence]),
    ];

    private static State Find(string name) => States.Single(s => s.Name == name);

    public static TheoryData<string, TrackStep[]> AllowedStepsByState()
    {
        var data = new TheoryData<string, TrackStep[]>();
        foreach (var state in States) data.Add(state.Name, state.Allowed);
        return data;
    }

    public static TheoryData<string, TrackStep> AllowedPairs()
    {
        var data = new TheoryData<string, TrackStep>();
        foreach (var state in States)
            foreach (var step in state.Allowed) data.Add(state.Name, step);
        return data;
    }

    public static TheoryData<string, TrackStep> RefusedPairs()
    {
        var data = new TheoryData<string, TrackStep>();
        foreach (var state in States)
            foreach (var step in Enum.GetValues<TrackStep>().Except(state.Allowed).Where(s => !SiblingDecisionAllowed(state, s)))
                data.Add(state.Name, step);
        return data;
    }

    /// <summary>
    /// <see cref="ResidenceTrack.Decide"/> serves both decision steps and infers which from the pending application, so a
    /// refused decision step cannot be attempted while the other one is allowed (Decide then takes the allowed one).
    /// </summary>
    private static bool SiblingDecisionAllowed(State state, TrackStep step) =>
        (step == DecideContinuedResidence && state.Allowed.Contains(DecideTemporaryPermit))
        || (step == DecideTemporaryPermit && state.Allowed.Contains(DecideContinuedResidence));

    [Theory]
    [MemberData(nameof(AllowedStepsByState))]
    public void Each_state_allows_exactly_the_expected_steps(string state, TrackStep[] expected)
    {
        var s = Find(state);
        var track = s.Build();

        Assert.Equal(Sorted(expected), Sorted(track.AllowedSteps(s.OnDay)));
        foreach (var step in Enum.GetValues<TrackStep>()) Assert.Equal(expected.Contains(step), track.IsAllowed(step, s.OnDay));
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void Every_allowed_step_can_be_taken(string state, TrackStep step)
    {
        var s = Find(state);
        var track = s.Build();
        var steps = track.StepCount;

        Attempt(track, step, s.OnDay);

        Assert.Equal(steps + 1, track.StepCount);
    }

    [Theory]
    [MemberData(nameof(RefusedPairs))]
    public void Every_refused_step_throws_and_names_the_allowed_steps(string state, TrackStep step)
    {
        var s = Find(state);
        var track = s.Build();
        var steps = track.StepCount;
        var heldBack = s.HeldBack && step is IntendWithdrawal or WithdrawPermit;

        var refusal = Assert.Throws<StepNotAllowedException>(() => Attempt(track, step, s.OnDay));

        Assert.Equal(Sorted(s.Allowed), Sorted(refusal.Allowed));
        // Decide names the step it would have taken: with nothing pending that is DecideTemporaryPermit.
        Assert.Equal(step == DecideContinuedResidence ? DecideTemporaryPermit : step, refusal.Attempted);
        // Rule: the "held back" text only where deciding continued residence first would make the withdrawal possible.
        Assert.Equal(heldBack ? StepNotAllowedException.WithdrawalHeldBack : StepNotAllowedException.NotNow, refusal.Message);
        Assert.Equal(steps, track.StepCount);
    }

    [Fact]
    public void The_table_reaches_every_state_of_each_machine()
    {
        var tracks = States.Select(s => (Track: s.Build(), s.OnDay)).ToList();

        Assert.Equal(Enum.GetValues<ReflectionState>(), tracks.Select(t => t.Track.ReflectionStateOn(t.OnDay)).Distinct().Order());
        Assert.Equal(Enum.GetValues<CaseState>(), tracks.Select(t => t.Track.CaseState).Distinct().Order());
        Assert.Equal(Enum.GetValues<ResidenceState>(), tracks.Select(t => t.Track.ResidenceState).Distinct().Order());
        Assert.Equal(States.Length, States.Select(s => s.Name).Distinct().Count());
        // Continued residence pending both where a withdrawal is held back and where it is refused with the generic text.
        Assert.Contains(States, s => s.HeldBack);
        Assert.Contains(States, s => !s.HeldBack && s.Build().ResidenceState == ResidenceState.ContinuedResidenceApplied);
    }

    [Theory]
    [InlineData("reflection running", ReflectionState.Running, CaseState.NoReport, ResidenceState.None)]
    [InlineData("reflection expired", ReflectionState.Ended, CaseState.NoReport, ResidenceState.None)]
    [InlineData("reported during reflection", ReflectionState.Ended, CaseState.UnderInvestigation, ResidenceState.None)]
    [InlineData("dismissed, complaint pending", ReflectionState.None, CaseState.Dismissed, ResidenceState.None)]
    [InlineData("temporary permit", ReflectionState.None, CaseState.UnderInvestigation, ResidenceState.TemporaryPermit)]
    [InlineData("cannot-cooperate applied", ReflectionState.None, CaseState.NoReport, ResidenceState.TemporaryApplied)]
    [InlineData("continued residence applied from withdrawal intended", ReflectionState.None, CaseState.Dismissed, ResidenceState.ContinuedResidenceApplied)]
    [InlineData("continued residence refused after intended withdrawal", ReflectionState.None, CaseState.Dismissed, ResidenceState.WithdrawalIntended)]
    [InlineData("withdrawn, complaint upheld", ReflectionState.None, CaseState.Prosecuting, ResidenceState.Withdrawn)]
    [InlineData("reflection running, cannot-cooperate applied", ReflectionState.Running, CaseState.NoReport, ResidenceState.TemporaryApplied)]
    [InlineData("withdrawal intended after acquittal", ReflectionState.None, CaseState.Acquitted, ResidenceState.WithdrawalIntended)]
    [InlineData("continued residence applied after conviction", ReflectionState.None, CaseState.Convicted, ResidenceState.ContinuedResidenceApplied)]
    [InlineData("new permit after withdrawal", ReflectionState.None, CaseState.Prosecuting, ResidenceState.TemporaryPermit)]
    public void The_paths_reach_the_states_they_are_named_after(string state, ReflectionState reflection, CaseState caseState, ResidenceState residence)
    {
        var s = Find(state);
        var track = s.Build();

        Assert.Equal(reflection, track.ReflectionStateOn(s.OnDay));
        Assert.Equal(caseState, track.CaseState);
        Assert.Equal(residence, track.ResidenceState);
    }

    private static TrackStep[] Sorted(IEnumerable<TrackStep> steps) => [.. steps.Order()];

    /// <summary>Takes <paramref name="step"/> through its method with arguments that are valid on <paramref name="today"/>.</summary>
    private static void Attempt(ResidenceTrack track, TrackStep step, DateOnly today)
    {
        switch (step)
        {
            case OfferReflection:
                track.OfferReflection(TrackBuilder.AcceptedOffer(today), TrackBuilder.Rules, today);
                break;
            case EndReflectionEarly:
                track.EndReflectionEarly(today, ReflectionEndReason.NoLongerWanted, today);
                break;
            case RecordCooperation:
                track.RecordCooperation(CooperationKind.Report, today, "AVIM Rotterdam", "PL1700-2025-2", today);
                break;
            case DecideToProsecute:
                track.RecordProsecutionDecision(ProsecutionDecisionKind.Prosecute, today, complaintFiled: false, today);
                break;
            case Dismiss:
                track.RecordProsecutionDecision(ProsecutionDecisionKind.Dismissal, today, complaintFiled: false, today);
                break;
            case Convict:
                track.RecordProsecutionDecision(ProsecutionDecisionKind.Conviction, today, complaintFiled: false, today);
                break;
            case Acquit:
                track.RecordProsecutionDecision(ProsecutionDecisionKind.Acquittal, today, complaintFiled: false, today);
                break;
            case RecordComplaintOutcome:
                track.RecordComplaintOutcome(upheld: true, today, today);
                break;
            case ApplyTemporaryPermit:
                track.Apply(ApplicationKind.TemporaryAfterCooperation, today, exOfficio: false, ground: null, today);
                break;
            case ApplyCannotCooperatePermit:
                track.Apply(ApplicationKind.TemporaryCannotCooperate, today, exOfficio: false, CannotCooperateGround.SeriousThreat, today);
                break;
            case DecideTemporaryPermit:
                track.Decide(granted: true, today, today, today.AddYears(1), today);
                break;
            case ExtendPermit:
                track.ExtendPermit(today, today.AddYears(5), today);
                break;
            case IntendWithdrawal:
                track.IntendWithdrawal(today, today);
                break;
            case WithdrawPermit:
                track.WithdrawPermit(today, today);
                break;
            case ApplyContinuedResidence:
                track.Apply(ApplicationKind.NonTemporaryHumanitarian, today, exOfficio: false, ground: null, today);
                break;
            case DecideContinuedResidence:
                track.Decide(granted: true, today, today, null, today);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "No attempt written for this step.");
        }
    }
}
