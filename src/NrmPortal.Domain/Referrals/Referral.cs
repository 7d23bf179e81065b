using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Referrals;

/// <summary>
/// A referral of a registered possible victim to another organisation for one need, made by a care worker or CoMensha with
/// the person's consent to this referral. The receiving organisation accepts, declines with a reason, or completes it; the
/// sender records it when the person withdraws consent, which stops the referral. A small state machine: every step checks
/// what may follow (<see cref="IsAllowed"/>) and names why it is refused (<see cref="RefusalOf"/>).
/// </summary>
/// <remarks>
/// Sent → Accepted | Declined | Withdrawn; Accepted → Completed | Withdrawn. Declined, Completed and Withdrawn are final.
/// The warm-handover note is for the sender and the receiver only; who may read it is decided by the application's access rules.
/// </remarks>
public sealed class Referral : IVersioned, ITracksChanges
{
    public const int HandoverNoteMaxLength = 2000;
    public const int DeclineReasonMaxLength = 500;

    public const string StoppedByWithdrawal = "The person withdrew consent for this referral: it has stopped.";
    public const string AlreadyCompleted = "This referral has been completed: nothing more can be recorded.";
    public const string AlreadyDeclined = "This referral was declined: nothing more can be recorded.";
    public const string AlreadyAccepted = "This referral has already been accepted.";
    public const string AcceptBeforeCompleting = "Accept the referral before completing it.";
    public const string NotPossible = "This step is not possible for this referral.";

    /// <summary>Every reason the state machine gives for refusing a step (each needs a Dutch translation).</summary>
    public static readonly IReadOnlyList<string> Refusals =
        [StoppedByWithdrawal, AlreadyCompleted, AlreadyDeclined, AlreadyAccepted, AcceptBeforeCompleting, NotPossible];

    private Referral() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid VictimId { get; private set; }
    public Guid FromOrganisationId { get; private set; }
    public Guid FromUserId { get; private set; }
    public Guid ToOrganisationId { get; private set; }
    public ReferralNeed Need { get; private set; }
    /// <summary>The day the person consented to this referral (to this organisation, for this need).</summary>
    public DateOnly ConsentRecordedOn { get; private set; }
    /// <summary>The warm-handover note: what the receiver should know to take over well. Sender and receiver only.</summary>
    public string? HandoverNote { get; private set; }
    public ReferralStatus Status { get; private set; }
    public string? DeclineReason { get; private set; }

    public DateTime SentAtUtc { get; private set; }
    /// <summary>When the receiver accepted or declined.</summary>
    public DateTime? RespondedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }
    public DateTime? WithdrawnAtUtc { get; private set; }
    /// <summary>The day the person withdrew consent.</summary>
    public DateOnly? ConsentWithdrawnOn { get; private set; }

    public Guid Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public Guid? UpdatedBy { get; private set; }

    public static Referral Send(Guid victimId, Guid fromOrganisationId, Guid fromUserId, Guid toOrganisationId, ReferralNeed need,
        DateOnly consentRecordedOn, string? handoverNote, DateTime nowUtc, DateOnly today)
    {
        if (toOrganisationId == fromOrganisationId)
            throw new DomainException("A referral goes to another organisation: choose an organisation other than your own.");
        if (!Enum.IsDefined(need)) throw new DomainException("Choose the need the person is referred for.");
        if (consentRecordedOn > today) throw new DomainException("The date of consent cannot lie in the future.");
        var note = string.IsNullOrWhiteSpace(handoverNote) ? null : handoverNote.Trim();
        if (note?.Length > HandoverNoteMaxLength) throw new DomainException("The warm-handover note can be at most 2000 characters long.");
        return new Referral
        {
            Id = Guid.CreateVersion7(),
            VictimId = victimId,
            FromOrganisationId = fromOrganisationId,
            FromUserId = fromUserId,
            ToOrganisationId = toOrganisationId,
            Need = need,
            ConsentRecordedOn = consentRecordedOn,
            HandoverNote = note,
            Status = ReferralStatus.Sent,
            SentAtUtc = nowUtc,
        };
    }

    /// <summary>Retention and erasure: the handover note and the reason for declining (free text about the person) are erased.</summary>
    public bool Anonymise()
    {
        if (HandoverNote is null && DeclineReason is null) return false;
        HandoverNote = null;
        DeclineReason = null;
        return true;
    }

    /// <summary>The fields <see cref="Anonymise"/> erases.</summary>
    public static readonly IReadOnlyList<string> ErasedFields = [nameof(HandoverNote), nameof(DeclineReason)];

    // ---------- The state machine ----------

    public bool IsAllowed(ReferralStep step) => RefusalOf(step) is null;

    public IReadOnlyList<ReferralStep> AllowedSteps() => Enum.GetValues<ReferralStep>().Where(IsAllowed).ToList();

    /// <summary>Why the step is not possible now (a translatable text key), or null when it is.</summary>
    public string? RefusalOf(ReferralStep step) => (step, Status) switch
    {
        (_, ReferralStatus.Withdrawn) => StoppedByWithdrawal,
        (_, ReferralStatus.Completed) => AlreadyCompleted,
        (_, ReferralStatus.Declined) => AlreadyDeclined,
        (ReferralStep.Accept or ReferralStep.Decline, ReferralStatus.Accepted) => AlreadyAccepted,
        (ReferralStep.Complete, ReferralStatus.Sent) => AcceptBeforeCompleting,
        (ReferralStep.Accept or ReferralStep.Decline or ReferralStep.WithdrawConsent, ReferralStatus.Sent) => null,
        (ReferralStep.Complete or ReferralStep.WithdrawConsent, ReferralStatus.Accepted) => null,
        _ => NotPossible,
    };

    private void Require(ReferralStep step)
    {
        if (RefusalOf(step) is { } reason) throw new DomainException(reason);
    }

    // ---------- The receiving organisation ----------

    public void Accept(DateTime nowUtc)
    {
        Require(ReferralStep.Accept);
        Status = ReferralStatus.Accepted;
        RespondedAtUtc = nowUtc;
    }

    public void Decline(string reason, DateTime nowUtc)
    {
        Require(ReferralStep.Decline);
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) throw new DomainException("Give the reason for declining the referral.");
        if (text.Length > DeclineReasonMaxLength) throw new DomainException("The reason for declining can be at most 500 characters long.");
        Status = ReferralStatus.Declined;
        DeclineReason = text;
        RespondedAtUtc = nowUtc;
    }

    public void Complete(DateTime nowUtc)
    {
        Require(ReferralStep.Complete);
        Status = ReferralStatus.Completed;
        CompletedAtUtc = nowUtc;
    }

    // ---------- The sender ----------

    /// <summary>The person withdrew consent: the referral stops, and the receiver no longer sees the handover note.</summary>
    public void WithdrawConsent(DateOnly withdrawnOn, DateTime nowUtc, DateOnly today)
    {
        Require(ReferralStep.WithdrawConsent);
        if (withdrawnOn > today) throw new DomainException("The date consent was withdrawn cannot lie in the future.");
        if (withdrawnOn < ConsentRecordedOn) throw new DomainException("Consent cannot have been withdrawn before it was given.");
        Status = ReferralStatus.Withdrawn;
        ConsentWithdrawnOn = withdrawnOn;
        WithdrawnAtUtc = nowUtc;
    }

    // ---------- The timeline ----------

    /// <summary>The referral's steps on the person's timeline, in the order they happened.</summary>
    public IReadOnlyList<ReferralEvent> Events() => EventsOf(Id, Need, Status, SentAtUtc, RespondedAtUtc, CompletedAtUtc, WithdrawnAtUtc);

    /// <summary>The same from projected columns, so a query need not load whole referrals.</summary>
    public static IReadOnlyList<ReferralEvent> EventsOf(Guid id, ReferralNeed need, ReferralStatus status, DateTime sentAtUtc, DateTime? respondedAtUtc,
        DateTime? completedAtUtc, DateTime? withdrawnAtUtc)
    {
        var events = new List<ReferralEvent> { new(id, sentAtUtc, ReferralEventKind.ReferralSent, need) };
        if (respondedAtUtc is { } responded)
            events.Add(new(id, responded, status == ReferralStatus.Declined ? ReferralEventKind.ReferralDeclined : ReferralEventKind.ReferralAccepted, need));
        if (completedAtUtc is { } completed) events.Add(new(id, completed, ReferralEventKind.ReferralCompleted, need));
        if (withdrawnAtUtc is { } withdrawn) events.Add(new(id, withdrawn, ReferralEventKind.ConsentWithdrawn, need));
        return events;
    }
}
