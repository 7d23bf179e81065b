namespace NrmPortal.Domain.Referrals;

/// <summary>What the person is referred for. Each need is met by its own kind of organisation (brief issue 5, item 5).</summary>
public enum ReferralNeed
{
    MedicalHelp,
    PsychologicalHelp,
    LegalAid,
    PracticalHelp,
    Compensation,
    /// <summary>Slachtofferhulp Nederland.</summary>
    VictimSupport,
    /// <summary>Voluntary return through the IOM.</summary>
    VoluntaryReturnIom,
    YouthCare,
    /// <summary>Guardianship of a foreign minor without a parent or guardian (Nidos).</summary>
    NidosGuardianship,
}

/// <summary>Where a referral stands. Declined, completed and withdrawn are final.</summary>
public enum ReferralStatus
{
    Sent,
    Accepted,
    Declined,
    Completed,
    /// <summary>The person withdrew consent: the referral has stopped.</summary>
    Withdrawn,
}

/// <summary>What can be done with a referral: the receiver answers and completes, the sender records a withdrawal of consent.</summary>
public enum ReferralStep
{
    Accept,
    Decline,
    Complete,
    WithdrawConsent,
}

/// <summary>What a referral adds to the person's timeline.</summary>
public enum ReferralEventKind
{
    ReferralSent,
    ReferralAccepted,
    ReferralDeclined,
    ReferralCompleted,
    ConsentWithdrawn,
}

/// <summary>One step of a referral on the person's timeline, at the moment it was recorded; the need is its detail.</summary>
public sealed record ReferralEvent(Guid ReferralId, DateTime OccurredAtUtc, ReferralEventKind Kind, ReferralNeed Need);
