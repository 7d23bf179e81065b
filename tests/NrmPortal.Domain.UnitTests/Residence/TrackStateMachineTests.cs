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

    private sealed record State(string Name, Func<ResidenceTrack> Build, TrackStep[] Allowed, DateOnly? Today = null)
    {
        public DateOnly OnDay => Today ?? Day;
    }

    /// <summary>The expectation table: each state, how it is reached, and exactly the steps it allows.</summary>
    private static readonly State[] States =
    [
        // ----- Reflection period (no report yet) -----
        new("new", New, [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        // QUESTION: a "cannot cooperate" application during a running reflection period does not end the period.
        new("reflection running", () => New().Offered(Day), [EndReflectionEarly, RecordCooperation, ApplyCannotCooperatePermit]),
        new("reflection declined", () => New().Declined(Day), [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        new("reflection ended early", () => New().Offered(Day).EndedEarly(Day), [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        new("reflection expired", () => New().Offered(Day), [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit], Day.AddMonths(4)),

        // ----- Criminal case, no permit -----
        // QUESTION: ApplyCannotCooperatePermit ignores the case: it is allowed after a report (and after prosecution, dismissal,
        // conviction and acquittal), although the "cannot cooperate" permit is for someone who cannot report or cooperate.
        new("reported", () => New().Reported(Day), [DecideToProsecute, Dismiss, ApplyTemporaryPermit, ApplyCannotCooperatePermit]),
        new("reported during reflection", () => New().Offered(Day).Reported(Day),
            [DecideToProsecute, Dismiss, ApplyTemporaryPermit, ApplyCannotCooperatePermit]),
        new("prosecuting", () => New().Reported(Day).Prosecuted(Day), [Dismiss, Convict, Acquit, ApplyTemporaryPermit, ApplyCannotCooperatePermit]),
        new("dismissed, complaint pending", () => New().Reported(Day).Dismissed(Day, complaint: true), [RecordComplaintOutcome, ApplyCannotCooperatePermit]),
        new("dismissed, complaint rejected", () => New().Reported(Day).Dismissed(Day, complaint: true).ComplaintDecided(upheld: false, Day),
            [ApplyCannotCooperatePermit]),
        new("dismissed without complaint", () => New().Reported(Day).Dismissed(Day), [ApplyCannotCooperatePermit]),
        new("convicted", () => New().Reported(Day).Prosecuted(Day).Convicted(Day), [ApplyCannotCooperatePermit]),
        new("acquitted", () => New().Reported(Day).Prosecuted(Day).Acquitted(Day), [ApplyCannotCooperatePermit]),

        // ----- Temporary permit after cooperation -----
        new("temporary applied", () => New().Reported(Day).AppliedTemporary(Day), [DecideToProsecute, Dismiss, DecideTemporaryPermit]),
        new("temporary refused", () => New().Reported(Day).AppliedTemporary(Day).Refused(Day),
            [DecideToProsecute, Dismiss, ApplyTemporaryPermit, ApplyCannotCooperatePermit]),
        new("temporary permit", Permit, [DecideToProsecute, Dismiss, ExtendPermit, ApplyContinuedResidence]),
        new("temporary permit, prosecuting", () => Permit().Prosecuted(Day), [Dismiss, Convict, Acquit, ExtendPermit, ApplyContinuedResidence]),
        // QUESTION: ExtendPermit ignores the case: a permit granted for the criminal proceedings can be extended after a dismissal
        // (here, with a complaint pending, and in "continued residence applied after intended withdrawal").
        new("temporary permit, dismissed", () => Permit().Dismissed(Day), [ExtendPermit, IntendWithdrawal, ApplyContinuedResidence]),
        new("temporary permit, dismissed, complaint pending", () => Permit().Dismissed(Day, complaint: true),
            [RecordComplaintOutcome, ExtendPermit, IntendWithdrawal, ApplyContinuedResidence]),
        new("temporary permit, convicted", () => Permit().Prosecuted(Day).Convicted(Day), [ExtendPermit, ApplyContinuedResidence]),
        // QUESTION: after an acquittal (before three years) the proceedings are over, but IntendWithdrawal requires a dismissal,
        // so the permit can only be extended, never withdrawn.
        new("temporary permit, acquitted", () => Permit().Prosecuted(Day).Acquitted(Day), [ExtendPermit, ApplyContinuedResidence]),

        // ----- "Cannot cooperate" permit -----
        // QUESTION: OfferReflection is allowed while a "cannot cooperate" application is pending or its permit is in force
        // (it only looks at the case and the reflection state); a reflection period is for someone without lawful residence.
        new("cannot-cooperate applied", () => New().AppliedCannotCooperate(Day), [OfferReflection, RecordCooperation, DecideTemporaryPermit]),
        new("cannot-cooperate refused", () => New().AppliedCannotCooperate(Day).Refused(Day),
            [OfferReflection, RecordCooperation, ApplyCannotCooperatePermit]),
        new("cannot-cooperate permit", CannotCooperatePermit, [OfferReflection, RecordCooperation, ApplyContinuedResidence]),
        new("cannot-cooperate permit, reported", () => CannotCooperatePermit().Reported(Day), [DecideToProsecute, Dismiss, ApplyContinuedResidence]),

        // ----- Withdrawal and continued residence -----
        new("withdrawal intended", () => Permit().Dismissed(Day).WithdrawalIntended(Day), [WithdrawPermit, ApplyContinuedResidence]),
        new("withdrawal intended, complaint pending", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day),
            [RecordComplaintOutcome, WithdrawPermit, ApplyContinuedResidence]),
        new("continued residence applied from permit", () => Permit().AppliedContinued(Day), [DecideToProsecute, Dismiss, ExtendPermit, DecideContinuedResidence]),
        new("continued residence applied from cannot-cooperate permit", () => CannotCooperatePermit().AppliedContinued(Day),
            [OfferReflection, RecordCooperation, DecideContinuedResidence]),
        // QUESTION: ExtendPermit is refused while the withdrawal is intended but allowed again once continued residence is applied
        // for, although the withdrawal is still intended (WithdrawalIntendedOn is kept) and the case stays dismissed.
        new("continued residence applied from withdrawal intended", () => Permit().Dismissed(Day).WithdrawalIntended(Day).AppliedContinued(Day),
            [ExtendPermit, DecideContinuedResidence]),
        new("continued residence refused", () => Permit().AppliedContinued(Day).Refused(Day), [DecideToProsecute, Dismiss, ExtendPermit, ApplyContinuedResidence]),
        new("continued residence refused after intended withdrawal",
            () => Permit().Dismissed(Day).WithdrawalIntended(Day).AppliedContinued(Day).Refused(Day), [WithdrawPermit, ApplyContinuedResidence]),
        new("non-temporary permit", () => Permit().AppliedContinued(Day).Granted(Day), [DecideToProsecute, Dismiss]),
        new("withdrawn", () => Permit().Dismissed(Day).WithdrawalIntended(Day).Withdrawn(Day), []),
        new("withdrawn, complaint pending", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day).Withdrawn(Day), [RecordComplaintOutcome]),
        new("withdrawn, complaint upheld", () => Permit().Dismissed(Day, complaint: true).WithdrawalIntended(Day).Withdrawn(Day).ComplaintDecided(upheld: true, Day),
            [Dismiss, Convict, Acquit, ApplyTemporaryPermit]),
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
        var heldBack = track.ResidenceState == ResidenceState.ContinuedResidenceApplied && step is IntendWithdrawal or WithdrawPermit;

        var refusal = Assert.Throws<StepNotAllowedException>(() => Attempt(track, step, s.OnDay));

        Assert.Equal(Sorted(s.Allowed), Sorted(refusal.Allowed));
        // Decide names the step it would have taken: with nothing pending that is DecideTemporaryPermit.
        Assert.Equal(step == DecideContinuedResidence ? DecideTemporaryPermit : step, refusal.Attempted);
        // QUESTION: the "held back" text is given whenever continued residence is pending, also when the case was never dismissed
        // (deciding continued residence first would not make the withdrawal possible then).
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
