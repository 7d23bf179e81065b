namespace NrmPortal.Domain.Residence;

/// <summary>One offer of a reflection period and what became of it.</summary>
public sealed class ReflectionPeriod
{
    public const int TextMaxLength = 100;

    private ReflectionPeriod() { } // for EF Core

    internal ReflectionPeriod(int sequence, ReflectionOffer offer, DateOnly? startsOn, DateOnly? endsOn)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        OfferedOn = offer.OfferedOn;
        Unit = offer.Unit.Trim();
        Officer = offer.Officer.Trim();
        InterpreterLanguage = string.IsNullOrWhiteSpace(offer.InterpreterLanguage) ? null : offer.InterpreterLanguage.Trim();
        InDetention = offer.InDetention;
        ProsecutionConsentOn = offer.InDetention ? offer.ProsecutionConsentOn : null;
        Decision = offer.Decision;
        DeclineReason = offer.Decision == ReflectionDecision.Declined ? offer.DeclineReason : null;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid Id { get; private set; }
    /// <summary>The order in which rows were recorded on the track (databases do not keep the order of a collection).</summary>
    public int Sequence { get; private set; }
    public DateOnly OfferedOn { get; private set; }
    public string Unit { get; private set; } = "";
    public string Officer { get; private set; } = "";
    /// <summary>The interpreter's language, or null when no interpreter was used.</summary>
    public string? InterpreterLanguage { get; private set; }
    public bool InDetention { get; private set; }
    /// <summary>When the Public Prosecution Service consented (required for someone in immigration detention).</summary>
    public DateOnly? ProsecutionConsentOn { get; private set; }
    public ReflectionDecision Decision { get; private set; }
    public DeclineReason? DeclineReason { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    /// <summary>The last day of the period as computed from the rule when it was accepted.</summary>
    public DateOnly? EndsOn { get; private set; }
    public DateOnly? EndedEarlyOn { get; private set; }
    public ReflectionEndReason? EarlyEndReason { get; private set; }

    /// <summary>The day the period actually ended or ends: early, or on its last day.</summary>
    public DateOnly? EffectiveEnd => EndedEarlyOn ?? EndsOn;

    public bool IsRunningOn(DateOnly date) => Decision == ReflectionDecision.Accepted && StartsOn <= date && date <= EffectiveEnd;

    internal bool Anonymise()
    {
        if (Unit.Length == 0 && Officer.Length == 0) return false;
        Unit = "";
        Officer = "";
        return true;
    }

    internal void EndEarly(DateOnly on, ReflectionEndReason reason)
    {
        EndedEarlyOn = on;
        EarlyEndReason = reason;
    }
}

/// <summary>What the police record when they offer a reflection period.</summary>
public sealed record ReflectionOffer(
    DateOnly OfferedOn, string Unit, string Officer, string? InterpreterLanguage, bool InDetention, DateOnly? ProsecutionConsentOn,
    ReflectionDecision Decision, DateOnly? StartsOn, DeclineReason? DeclineReason);

/// <summary>A decision on the criminal case, with a complaint (beklag) against a dismissal.</summary>
public sealed class ProsecutionDecision
{
    private ProsecutionDecision() { } // for EF Core

    internal ProsecutionDecision(int sequence, ProsecutionDecisionKind kind, DateOnly decidedOn, bool complaintFiled)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        Kind = kind;
        DecidedOn = decidedOn;
        Complaint = kind == ProsecutionDecisionKind.Dismissal && complaintFiled ? ComplaintOutcome.Pending : null;
    }

    public Guid Id { get; private set; }
    public int Sequence { get; private set; }
    public ProsecutionDecisionKind Kind { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    /// <summary>Null when no complaint was filed.</summary>
    public ComplaintOutcome? Complaint { get; private set; }
    public DateOnly? ComplaintDecidedOn { get; private set; }

    internal void DecideComplaint(ComplaintOutcome outcome, DateOnly on)
    {
        Complaint = outcome;
        ComplaintDecidedOn = on;
    }
}

/// <summary>An application at the IND and its decision; a granted one is the permit. An extension is recorded as its own row.</summary>
public sealed class ResidenceApplication
{
    private ResidenceApplication() { } // for EF Core

    internal ResidenceApplication(int sequence, ApplicationKind kind, DateOnly appliedOn, bool exOfficio, CannotCooperateGround? ground, bool isExtension = false)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        Kind = kind;
        AppliedOn = appliedOn;
        ExOfficio = exOfficio;
        Ground = kind == ApplicationKind.TemporaryCannotCooperate ? ground : null;
        IsExtension = isExtension;
    }

    public Guid Id { get; private set; }
    public int Sequence { get; private set; }
    public ApplicationKind Kind { get; private set; }
    public DateOnly AppliedOn { get; private set; }
    /// <summary>Made by the IND of its own motion after a report (ambtshalve, art. 14 Vw).</summary>
    public bool ExOfficio { get; private set; }
    public CannotCooperateGround? Ground { get; private set; }
    public bool IsExtension { get; private set; }
    public bool? Granted { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public ResidenceRegulation? Regulation { get; private set; }
    /// <summary>When the IND announced the withdrawal of this permit (kept as history even if the intention lapsed).</summary>
    public DateOnly? WithdrawalIntendedOn { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }

    public bool IsPending => Granted is null;

    internal void Decide(bool granted, DateOnly decidedOn, DateOnly? validFrom, DateOnly? validUntil)
    {
        Granted = granted;
        DecidedOn = decidedOn;
        if (!granted) return;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Regulation = validFrom is { } from ? ResidenceRules.RegulationOn(from) : null;
    }

    internal void IntendWithdrawal(DateOnly on) => WithdrawalIntendedOn = on;

    internal void Withdraw(DateOnly on) => WithdrawnOn = on;
}
