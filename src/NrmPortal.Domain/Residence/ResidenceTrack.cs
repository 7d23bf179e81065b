using NrmPortal.Domain.Common;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.Residence;

/// <summary>
/// The reflection and B8.3 residence track of one foreign possible victim: the reflection period (police), the report and
/// the criminal case (police, for the prosecution), and the residence steps (IND). Three small state machines side by
/// side; every step checks what may follow (<see cref="AllowedSteps"/>), so the data cannot describe an impossible path.
/// Police usually start it on their own signal, before CoMensha has registered anyone; it follows the signal to the
/// registered victim. The state and the next due dates are stored as columns so dashboards can query them by index.
/// </summary>
public sealed class ResidenceTrack : IVersioned, ITracksChanges
{
    public const int CaseNumberMaxLength = 40;

    private readonly List<ReflectionPeriod> _reflectionPeriods = [];
    private readonly List<ProsecutionDecision> _decisions = [];
    private readonly List<ResidenceApplication> _applications = [];

    private ResidenceTrack() { } // for EF Core

    public Guid Id { get; private set; }
    /// <summary>The signal the police started the track on, if any.</summary>
    public Guid? SignalId { get; private set; }
    /// <summary>The registered possible victim, once CoMensha has registered or linked the signal.</summary>
    public Guid? VictimId { get; private set; }
    /// <summary>The police organisation that holds the case and is responsible for the reflection period.</summary>
    public Guid PoliceOrganisationId { get; private set; }
    public NationalityGroup NationalityGroup { get; private set; }

    public ReflectionState ReflectionState { get; private set; }
    public CaseState CaseState { get; private set; }
    public ResidenceState ResidenceState { get; private set; }

    /// <summary>The last day of the running reflection period; null when none runs.</summary>
    public DateOnly? ReflectionEndsOn { get; private set; }
    public CooperationKind? CooperationKind { get; private set; }
    public DateOnly? CooperationOn { get; private set; }
    public string? CooperationUnit { get; private set; }
    public string? CaseNumber { get; private set; }
    /// <summary>Kind and end of the temporary B8.3 permit while it is in force (null otherwise).</summary>
    public ApplicationKind? TemporaryPermitKind { get; private set; }
    public DateOnly? TemporaryPermitValidUntil { get; private set; }
    public DateOnly? FirstPermitFrom { get; private set; }
    /// <summary>Three years on a B8.3 permit, while no non-temporary permit has been granted.</summary>
    public DateOnly? ThreeYearPointOn { get; private set; }
    public DateOnly? ContinuedResidenceAppliedOn { get; private set; }
    public DateOnly? WithdrawalIntendedOn { get; private set; }
    /// <summary>Counts the recorded steps; every step changes the track row, so its version always moves on.</summary>
    public int StepCount { get; private set; }

    // In the order they were recorded: a database returns owned rows in any order (SQL Server sorts v7 Guids by their random tail).
    public IReadOnlyList<ReflectionPeriod> ReflectionPeriods => _reflectionPeriods.OrderBy(p => p.Sequence).ToList();
    public IReadOnlyList<ProsecutionDecision> ProsecutionDecisions => _decisions.OrderBy(d => d.Sequence).ToList();
    public IReadOnlyList<ResidenceApplication> Applications => _applications.OrderBy(a => a.Sequence).ToList();

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    /// <summary>
    /// Retention and erasure: the case number and the officers' names and units that could lead back to the person's case
    /// are erased; the states, dates and kinds the statistics need stay. Returns false when nothing was left to erase.
    /// </summary>
    public bool Anonymise()
    {
        var changed = CaseNumber is not null || CooperationUnit is not null;
        CaseNumber = null;
        CooperationUnit = null;
        foreach (var period in _reflectionPeriods) changed |= period.Anonymise();
        if (changed) StepCount++;
        return changed;
    }

    /// <summary>The fields <see cref="Anonymise"/> erases.</summary>
    public static readonly IReadOnlyList<string> ErasedFields = [nameof(CaseNumber), nameof(CooperationUnit), "ReflectionPeriods.Unit", "ReflectionPeriods.Officer"];

    public static ResidenceTrack Start(Guid? signalId, Guid? victimId, Guid policeOrganisationId, NationalityGroup nationality)
    {
        if (signalId is null && victimId is null) throw new DomainException("A track belongs to a signal or a registered person.");
        return new ResidenceTrack
        {
            Id = Guid.CreateVersion7(),
            SignalId = signalId,
            VictimId = victimId,
            PoliceOrganisationId = policeOrganisationId,
            NationalityGroup = nationality,
        };
    }

    /// <summary>CoMensha registered or linked the signal: the track follows the person, and takes the nationality CoMensha registered.</summary>
    public void AttachToVictim(Guid victimId, NationalityGroup? nationality = null)
    {
        if (VictimId is not null && VictimId != victimId) throw new DomainException("This track already belongs to another registered person.");
        VictimId = victimId;
        if (nationality is { } group) NationalityGroup = group;
    }

    // ---------- The state machine ----------

    /// <summary>The reflection state on a day: a running period whose last day has passed has ended.</summary>
    public ReflectionState ReflectionStateOn(DateOnly date) =>
        ReflectionState == ReflectionState.Running && ReflectionEndsOn < date ? ReflectionState.Ended : ReflectionState;

    private ReflectionPeriod? RunningPeriodOn(DateOnly date) => ReflectionPeriods.LastOrDefault(p => p.IsRunningOn(date));
    private ProsecutionDecision? LastDecision => (ProsecutionDecisions is { Count: > 0 } decisions ? decisions[^1] : null);
    private ResidenceApplication? PendingApplication => Applications.LastOrDefault(a => a.IsPending && IsTrackApplication(a.Kind));
    private ResidenceApplication? CurrentTemporaryPermit => Applications.LastOrDefault(a =>
        a.Granted == true && !a.IsExtension && a.Kind is ApplicationKind.TemporaryAfterCooperation or ApplicationKind.TemporaryCannotCooperate);

    private static bool IsTrackApplication(ApplicationKind kind) => kind is not (ApplicationKind.Asylum or ApplicationKind.RegularOther);

    private bool HasTemporaryPermit => ResidenceState is ResidenceState.TemporaryPermit or ResidenceState.WithdrawalIntended or ResidenceState.ContinuedResidenceApplied;
    private bool CaseIsRunning => CaseState is CaseState.UnderInvestigation or CaseState.Prosecuting;
    private bool CaseEndedWithoutConviction => CaseState is CaseState.Dismissed or CaseState.Acquitted;

    /// <summary>Whether the step may be taken now, judged on the track's state only (the step's own dates are checked when it is taken).</summary>
    public bool IsAllowed(TrackStep step, DateOnly today) => step switch
    {
        // Reflection is for deciding whether to report: not after a report or once a residence procedure has begun.
        TrackStep.OfferReflection => CaseState == CaseState.NoReport && ResidenceState == ResidenceState.None && ReflectionStateOn(today) != ReflectionState.Running,
        TrackStep.EndReflectionEarly => ReflectionStateOn(today) == ReflectionState.Running,
        TrackStep.RecordCooperation => CaseState == CaseState.NoReport,
        TrackStep.DecideToProsecute => CaseState == CaseState.UnderInvestigation,
        TrackStep.Dismiss => CaseState is CaseState.UnderInvestigation or CaseState.Prosecuting,
        TrackStep.Convict or TrackStep.Acquit => CaseState == CaseState.Prosecuting,
        TrackStep.RecordComplaintOutcome => CaseState == CaseState.Dismissed && LastDecision?.Complaint == ComplaintOutcome.Pending,
        TrackStep.ApplyTemporaryPermit => ResidenceState is ResidenceState.None or ResidenceState.TemporaryRefused or ResidenceState.Withdrawn
            && CaseState is CaseState.UnderInvestigation or CaseState.Prosecuting,
        // The "cannot cooperate" permit is for someone who cannot report: not once a report has been made.
        TrackStep.ApplyCannotCooperatePermit => ResidenceState is ResidenceState.None or ResidenceState.TemporaryRefused && CaseState == CaseState.NoReport,
        TrackStep.DecideTemporaryPermit => ResidenceState == ResidenceState.TemporaryApplied,
        // The permit follows the criminal case; while continued residence is being decided it must not lapse either.
        TrackStep.ExtendPermit => TemporaryPermitKind == ApplicationKind.TemporaryAfterCooperation
            && (ResidenceState == ResidenceState.ContinuedResidenceApplied || (ResidenceState == ResidenceState.TemporaryPermit && CaseIsRunning)),
        // A dismissal, or a final acquittal (recorded when no appeal remains), ends the ground of the permit (brief §2.2 S4, S5a).
        TrackStep.IntendWithdrawal => ResidenceState == ResidenceState.TemporaryPermit && CaseEndedWithoutConviction
            && TemporaryPermitKind == ApplicationKind.TemporaryAfterCooperation,
        TrackStep.WithdrawPermit => ResidenceState == ResidenceState.WithdrawalIntended && CaseEndedWithoutConviction,
        TrackStep.ApplyContinuedResidence => ResidenceState is ResidenceState.TemporaryPermit or ResidenceState.WithdrawalIntended,
        TrackStep.DecideContinuedResidence => ResidenceState == ResidenceState.ContinuedResidenceApplied,
        _ => false,
    };

    public IReadOnlyList<TrackStep> AllowedSteps(DateOnly today) => Enum.GetValues<TrackStep>().Where(s => IsAllowed(s, today)).ToList();

    private void Require(TrackStep step, DateOnly today)
    {
        // The one refusal the brief names: the IND waits for the continued-residence decision before withdrawing (§2.2 S5a).
        if (step is TrackStep.IntendWithdrawal or TrackStep.WithdrawPermit && ResidenceState == ResidenceState.ContinuedResidenceApplied
            && CaseEndedWithoutConviction && TemporaryPermitKind == ApplicationKind.TemporaryAfterCooperation)
            throw new StepNotAllowedException(step, AllowedSteps(today), StepNotAllowedException.WithdrawalHeldBack);
        if (!IsAllowed(step, today)) throw new StepNotAllowedException(step, AllowedSteps(today));
    }

    private static void NotInFuture(DateOnly date, DateOnly today)
    {
        if (date > today) throw new DomainException("A date cannot lie in the future.");
    }

    private void Recorded() => StepCount++;

    // ---------- Police: reflection period ----------

    public ReflectionPeriod OfferReflection(ReflectionOffer offer, ResidenceRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.ReflectionRefusalFor(NationalityGroup) is { } refusal) throw new DomainException(refusal);
        Require(TrackStep.OfferReflection, today);
        NotInFuture(offer.OfferedOn, today);
        if (string.IsNullOrWhiteSpace(offer.Unit) || string.IsNullOrWhiteSpace(offer.Officer)) throw new DomainException("Give the unit and the officer who made the offer.");
        if (offer.InDetention && offer.ProsecutionConsentOn is null)
            throw new DomainException("Someone in immigration detention gets a reflection period only with the consent of the Public Prosecution Service (OM): record the date of consent.");
        if (offer.ProsecutionConsentOn > today) throw new DomainException("A date cannot lie in the future.");
        if (ReflectionPeriods is { Count: > 0 } periods && periods[^1] is var previous && offer.OfferedOn < (previous.EffectiveEnd ?? previous.OfferedOn))
            throw new DomainException("The offer date lies before the end of the previous reflection period.");

        ReflectionPeriod period;
        if (offer.Decision == ReflectionDecision.Accepted)
        {
            var start = offer.StartsOn ?? offer.OfferedOn;
            if (start < offer.OfferedOn) throw new DomainException("The reflection period cannot start before it was offered.");
            NotInFuture(start, today);
            var end = rules.ReflectionEnd(start);
            period = new ReflectionPeriod(StepCount, offer, start, end);
            ReflectionState = ReflectionState.Running;
            ReflectionEndsOn = end;
        }
        else
        {
            if (offer.DeclineReason is null) throw new DomainException("Give the reason the reflection period was declined.");
            period = new ReflectionPeriod(StepCount, offer, null, null);
            ReflectionState = ReflectionState.Declined;
            ReflectionEndsOn = null;
        }
        _reflectionPeriods.Add(period);
        Recorded();
        return period;
    }

    public void EndReflectionEarly(DateOnly on, ReflectionEndReason reason, DateOnly today)
    {
        Require(TrackStep.EndReflectionEarly, today);
        NotInFuture(on, today);
        var period = RunningPeriodOn(today)!;
        if (on < period.StartsOn) throw new DomainException("The end date lies before the start of the reflection period.");
        period.EndEarly(on, reason);
        ReflectionState = ReflectionState.Ended;
        ReflectionEndsOn = null;
        Recorded();
    }

    // ---------- Police: report and criminal case ----------

    /// <summary>Aangifte or other cooperation. A running reflection period ends on that day (reason: report made).</summary>
    public void RecordCooperation(CooperationKind kind, DateOnly on, string unit, string? caseNumber, DateOnly today)
    {
        Require(TrackStep.RecordCooperation, today);
        NotInFuture(on, today);
        if (string.IsNullOrWhiteSpace(unit)) throw new DomainException("Give the unit that took the report.");
        if (RunningPeriodOn(today) is { } running)
        {
            if (on < running.StartsOn) throw new DomainException("The report date lies before the start of the running reflection period.");
            running.EndEarly(on, ReflectionEndReason.ReportMade);
            ReflectionState = ReflectionState.Ended;
            ReflectionEndsOn = null;
        }
        CooperationKind = kind;
        CooperationOn = on;
        CooperationUnit = unit.Trim();
        CaseNumber = string.IsNullOrWhiteSpace(caseNumber) ? null : caseNumber.Trim();
        CaseState = CaseState.UnderInvestigation;
        Recorded();
    }

    public void RecordProsecutionDecision(ProsecutionDecisionKind kind, DateOnly on, bool complaintFiled, DateOnly today)
    {
        var step = kind switch
        {
            ProsecutionDecisionKind.Prosecute => TrackStep.DecideToProsecute,
            ProsecutionDecisionKind.Dismissal => TrackStep.Dismiss,
            ProsecutionDecisionKind.Conviction => TrackStep.Convict,
            ProsecutionDecisionKind.Acquittal => TrackStep.Acquit,
            _ => throw new DomainException("Unknown decision."),
        };
        Require(step, today);
        NotInFuture(on, today);
        var earliest = LastDecision is { } last ? Max(last.DecidedOn, last.ComplaintDecidedOn) : CooperationOn!.Value;
        if (on < earliest) throw new DomainException("The decision date lies before the report or the previous decision.");
        _decisions.Add(new ProsecutionDecision(StepCount, kind, on, complaintFiled));
        CaseState = kind switch
        {
            ProsecutionDecisionKind.Prosecute => CaseState.Prosecuting,
            ProsecutionDecisionKind.Dismissal => CaseState.Dismissed,
            ProsecutionDecisionKind.Conviction => CaseState.Convicted,
            _ => CaseState.Acquitted,
        };
        Recorded();
    }

    /// <summary>
    /// The court's decision on a complaint against a dismissal. Upheld: the case goes to prosecution and the right to stay
    /// revives, so an intended withdrawal lapses (brief §2.2 S5a).
    /// </summary>
    public void RecordComplaintOutcome(bool upheld, DateOnly on, DateOnly today)
    {
        Require(TrackStep.RecordComplaintOutcome, today);
        NotInFuture(on, today);
        var dismissal = LastDecision!;
        if (on < dismissal.DecidedOn) throw new DomainException("The decision on the complaint lies before the dismissal.");
        dismissal.DecideComplaint(upheld ? ComplaintOutcome.Upheld : ComplaintOutcome.Rejected, on);
        if (upheld)
        {
            CaseState = CaseState.Prosecuting;
            if (ResidenceState == ResidenceState.WithdrawalIntended) ResidenceState = ResidenceState.TemporaryPermit;
            WithdrawalIntendedOn = null;
        }
        Recorded();
    }

    // ---------- IND: residence ----------

    public void Apply(ApplicationKind kind, DateOnly on, bool exOfficio, CannotCooperateGround? ground, DateOnly today)
    {
        if (!IsTrackApplication(kind))
        {
            // Asylum and regular applications are recorded as facts: they do not move the B8.3 track (brief §2.2 S6).
            NotInFuture(on, today);
            _applications.Add(new ResidenceApplication(StepCount, kind, on, exOfficio: false, ground: null));
            Recorded();
            return;
        }
        var step = kind switch
        {
            ApplicationKind.TemporaryAfterCooperation => TrackStep.ApplyTemporaryPermit,
            ApplicationKind.TemporaryCannotCooperate => TrackStep.ApplyCannotCooperatePermit,
            _ => TrackStep.ApplyContinuedResidence,
        };
        Require(step, today);
        NotInFuture(on, today);
        switch (kind)
        {
            case ApplicationKind.TemporaryAfterCooperation when on < CooperationOn:
                throw new DomainException("The application date lies before the report.");
            case ApplicationKind.TemporaryCannotCooperate when ground is null:
                throw new DomainException("Give the ground: a serious threat, or a medical or psychological limitation.");
            case ApplicationKind.NonTemporaryHumanitarian when on < CurrentTemporaryPermit?.ValidFrom:
                throw new DomainException("The application date lies before the start of the temporary permit.");
        }
        _applications.Add(new ResidenceApplication(StepCount, kind, on, exOfficio && kind == ApplicationKind.TemporaryAfterCooperation, ground));
        if (kind == ApplicationKind.NonTemporaryHumanitarian)
        {
            ResidenceState = ResidenceState.ContinuedResidenceApplied;
            ContinuedResidenceAppliedOn = on;
        }
        else
        {
            ResidenceState = ResidenceState.TemporaryApplied;
        }
        Recorded();
    }

    /// <summary>
    /// The IND's decision on the pending application. A temporary permit after cooperation runs until the date the IND gives;
    /// a "cannot cooperate" permit for one year by rule; a non-temporary permit ends the track's deadlines.
    /// </summary>
    public void Decide(bool granted, DateOnly on, DateOnly? validFrom, DateOnly? validUntil, DateOnly today)
    {
        var pending = PendingApplication;
        var step = pending?.Kind == ApplicationKind.NonTemporaryHumanitarian ? TrackStep.DecideContinuedResidence : TrackStep.DecideTemporaryPermit;
        Require(step, today);
        NotInFuture(on, today);
        if (on < pending!.AppliedOn) throw new DomainException("The decision date lies before the application date.");

        if (!granted)
        {
            pending.Decide(false, on, null, null);
            if (pending.Kind == ApplicationKind.NonTemporaryHumanitarian)
            {
                ResidenceState = WithdrawalIntendedOn is null ? ResidenceState.TemporaryPermit : ResidenceState.WithdrawalIntended;
                ContinuedResidenceAppliedOn = null;
            }
            else
            {
                ResidenceState = ResidenceState.TemporaryRefused;
            }
            Recorded();
            return;
        }

        if (validFrom is not { } from) throw new DomainException("Give the date from which the permit is valid.");
        if (from < pending.AppliedOn) throw new DomainException("A permit cannot be valid before the application date.");
        var until = pending.Kind == ApplicationKind.TemporaryCannotCooperate ? ResidenceRules.CannotCooperatePermitEnd(from) : validUntil;
        if (pending.Kind == ApplicationKind.TemporaryAfterCooperation && until is null) throw new DomainException("Give the date until which the permit is valid.");
        if (until <= from) throw new DomainException("The permit must end after it starts.");
        pending.Decide(true, on, from, until);

        if (pending.Kind == ApplicationKind.NonTemporaryHumanitarian)
        {
            ResidenceState = ResidenceState.NonTemporaryPermit;
            TemporaryPermitKind = null;
            TemporaryPermitValidUntil = null;
            ThreeYearPointOn = null;
            ContinuedResidenceAppliedOn = null;
            WithdrawalIntendedOn = null;
        }
        else
        {
            ResidenceState = ResidenceState.TemporaryPermit;
            TemporaryPermitKind = pending.Kind;
            TemporaryPermitValidUntil = until;
            FirstPermitFrom ??= from;
            ThreeYearPointOn = ResidenceRules.ThreeYearPoint(FirstPermitFrom.Value);
        }
        Recorded();
    }

    public void ExtendPermit(DateOnly on, DateOnly newValidUntil, DateOnly today)
    {
        Require(TrackStep.ExtendPermit, today);
        NotInFuture(on, today);
        if (newValidUntil <= TemporaryPermitValidUntil) throw new DomainException("The new end date must lie after the current one.");
        var extension = new ResidenceApplication(StepCount, ApplicationKind.TemporaryAfterCooperation, on, exOfficio: false, ground: null, isExtension: true);
        extension.Decide(true, on, TemporaryPermitValidUntil, newValidUntil);
        _applications.Add(extension);
        TemporaryPermitValidUntil = newValidUntil;
        Recorded();
    }

    /// <summary>After a dismissal or a final acquittal the IND announces that it will withdraw the temporary permit (held back while continued residence is undecided).</summary>
    public void IntendWithdrawal(DateOnly on, DateOnly today)
    {
        Require(TrackStep.IntendWithdrawal, today);
        NotInFuture(on, today);
        if (on < LastDecision!.DecidedOn) throw new DomainException("The intention to withdraw lies before the decision that ended the case.");
        ResidenceState = ResidenceState.WithdrawalIntended;
        WithdrawalIntendedOn = on;
        CurrentTemporaryPermit?.IntendWithdrawal(on);
        Recorded();
    }

    public void WithdrawPermit(DateOnly on, DateOnly today)
    {
        Require(TrackStep.WithdrawPermit, today);
        NotInFuture(on, today);
        if (on < WithdrawalIntendedOn) throw new DomainException("The withdrawal lies before the intention to withdraw.");
        CurrentTemporaryPermit?.Withdraw(on);
        ResidenceState = ResidenceState.Withdrawn;
        TemporaryPermitKind = null;
        TemporaryPermitValidUntil = null;
        // Three years on the permit means without a break: a later permit counts from its own start.
        FirstPermitFrom = null;
        ThreeYearPointOn = null;
        WithdrawalIntendedOn = null;
        Recorded();
    }

    // ---------- Eligibility for the non-temporary humanitarian permit ----------

    /// <summary>
    /// The grounds on which the person qualifies for the non-temporary humanitarian permit on <paramref name="today"/>
    /// (Vb art. 3.51(1)(h), Vc B9/9; brief §2.2 S5b and S5d). Only while the person holds a temporary permit (the application
    /// for continued residence is made from it); empty when none applies yet.
    /// </summary>
    public IReadOnlyList<NonTemporaryGround> NonTemporaryGroundsOn(DateOnly today)
    {
        if (!HasTemporaryPermit) return [];
        var grounds = new List<NonTemporaryGround>();
        if (CaseState == CaseState.Convicted) grounds.Add(NonTemporaryGround.IrrevocableConviction);
        var ruling = ProsecutionDecisions.LastOrDefault(d => d.Kind is ProsecutionDecisionKind.Conviction or ProsecutionDecisionKind.Acquittal);
        if (ThreeYearPointOn is { } point)
        {
            if (ruling is not null && ruling.DecidedOn >= point) grounds.Add(NonTemporaryGround.ThreeYearsAtRuling);
            if (CaseState is CaseState.UnderInvestigation or CaseState.Prosecuting && today >= point) grounds.Add(NonTemporaryGround.CasePendingAfterThreeYears);
        }
        if (TemporaryPermitKind == ApplicationKind.TemporaryCannotCooperate && today >= TemporaryPermitValidUntil)
            grounds.Add(NonTemporaryGround.CannotCooperateYearEnded);
        return grounds;
    }

    private static DateOnly Max(DateOnly a, DateOnly? b) => b is { } other && other > a ? other : a;
}

/// <summary>The grounds for the non-temporary humanitarian permit.</summary>
public enum NonTemporaryGround
{
    IrrevocableConviction,
    ThreeYearsAtRuling,
    CasePendingAfterThreeYears,
    CannotCooperateYearEnded,
}
