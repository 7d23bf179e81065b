namespace NrmPortal.Domain.Residence;

/// <summary>The person's answer to the offer of a reflection period (bedenktijd).</summary>
public enum ReflectionDecision
{
    Accepted,
    Declined,
}

/// <summary>Why a reflection period was declined (brief §2.2 S3: some report at once).</summary>
public enum DeclineReason
{
    WantsToReportAtOnce,
    DeclinesEverything,
}

/// <summary>Why a running reflection period ended before its last day.</summary>
public enum ReflectionEndReason
{
    ReportMade,
    Departed,
    LeftToUnknownDestination,
    NoLongerWanted,
}

/// <summary>Aangifte, or another form of cooperation with the criminal investigation (brief §2.2 S3→S4).</summary>
public enum CooperationKind
{
    Report,
    WitnessStatement,
    OtherCooperation,
}

/// <summary>Decisions of the Public Prosecution Service (OM) and the court on the criminal case (brief §3.7).</summary>
public enum ProsecutionDecisionKind
{
    Prosecute,
    Dismissal,
    Conviction,
    Acquittal,
}

/// <summary>A complaint (beklag, art. 12 Sv) against a dismissal.</summary>
public enum ComplaintOutcome
{
    Pending,
    Upheld,
    Rejected,
}

/// <summary>What is applied for at the IND. Asylum and regular-other are recorded as facts; they do not move the B8.3 track.</summary>
public enum ApplicationKind
{
    TemporaryAfterCooperation,
    TemporaryCannotCooperate,
    NonTemporaryHumanitarian,
    Asylum,
    RegularOther,
}

/// <summary>The ground of a "cannot cooperate" permit (brief §2.2 S4b).</summary>
public enum CannotCooperateGround
{
    SeriousThreat,
    MedicalOrPsychologicalLimitation,
}

/// <summary>The regulation a permit was issued under: B9 before the Modern Migration Policy Act, B8/3 after (brief §2.3).</summary>
public enum ResidenceRegulation
{
    B9,
    B8Section3,
}

/// <summary>The reflection-period sub-track.</summary>
public enum ReflectionState
{
    None,
    Running,
    Declined,
    Ended,
}

/// <summary>The criminal-case sub-track, as far as it matters for residence.</summary>
public enum CaseState
{
    NoReport,
    UnderInvestigation,
    Prosecuting,
    Dismissed,
    Convicted,
    Acquitted,
}

/// <summary>The B8.3 residence sub-track at the IND.</summary>
public enum ResidenceState
{
    None,
    TemporaryApplied,
    TemporaryRefused,
    TemporaryPermit,
    WithdrawalIntended,
    ContinuedResidenceApplied,
    NonTemporaryPermit,
    Withdrawn,
}

/// <summary>Every step that can be recorded on a residence track; the state machine says which may follow which.</summary>
public enum TrackStep
{
    OfferReflection,
    EndReflectionEarly,
    RecordCooperation,
    DecideToProsecute,
    Dismiss,
    Convict,
    Acquit,
    RecordComplaintOutcome,
    ApplyTemporaryPermit,
    ApplyCannotCooperatePermit,
    DecideTemporaryPermit,
    ExtendPermit,
    IntendWithdrawal,
    WithdrawPermit,
    ApplyContinuedResidence,
    DecideContinuedResidence,
}
