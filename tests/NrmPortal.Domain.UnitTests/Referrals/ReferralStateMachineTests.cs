using NrmPortal.Domain.Common;
using NrmPortal.Domain.Referrals;

namespace NrmPortal.Domain.UnitTests.Referrals;

/// <summary>
/// The referral's state machine: every step from every status, allowed or refused with the reason named; plus the rules of
/// sending (another organisation, consent not in the future, the note's length) and of each step's own data.
/// </summary>
public sealed class ReferralStateMachineTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Victim = Guid.CreateVersion7();
    private static readonly Guid From = Guid.CreateVersion7();
    private static readonly Guid To = Guid.CreateVersion7();

    private static Referral Sent(string? note = "Spreekt Engels; bel eerst de begeleider.") =>
        Referral.Send(Victim, From, Guid.CreateVersion7(), To, ReferralNeed.LegalAid, Today.AddDays(-1), note, Now, Today);

    /// <summary>A referral brought to the status by the path the state machine allows.</summary>
    private static Referral In(ReferralStatus status)
    {
        var referral = Sent();
        switch (status)
        {
            case ReferralStatus.Accepted: referral.Accept(Now); break;
            case ReferralStatus.Declined: referral.Decline("Geen plek", Now); break;
            case ReferralStatus.Completed: referral.Accept(Now); referral.Complete(Now.AddDays(3)); break;
            case ReferralStatus.Withdrawn: referral.WithdrawConsent(Today, Now, Today); break;
        }
        Assert.Equal(status, referral.Status);
        return referral;
    }

    private static void Take(Referral referral, ReferralStep step)
    {
        switch (step)
        {
            case ReferralStep.Accept: referral.Accept(Now.AddHours(1)); break;
            case ReferralStep.Decline: referral.Decline("Buiten onze regio", Now.AddHours(1)); break;
            case ReferralStep.Complete: referral.Complete(Now.AddHours(1)); break;
            default: referral.WithdrawConsent(Today, Now.AddHours(1), Today); break;
        }
    }

    public static TheoryData<ReferralStatus, ReferralStep, ReferralStatus> AllowedTransitions() => new()
    {
        { ReferralStatus.Sent, ReferralStep.Accept, ReferralStatus.Accepted },
        { ReferralStatus.Sent, ReferralStep.Decline, ReferralStatus.Declined },
        { ReferralStatus.Sent, ReferralStep.WithdrawConsent, ReferralStatus.Withdrawn },
        { ReferralStatus.Accepted, ReferralStep.Complete, ReferralStatus.Completed },
        { ReferralStatus.Accepted, ReferralStep.WithdrawConsent, ReferralStatus.Withdrawn },
    };

    public static TheoryData<ReferralStatus, ReferralStep, string> RefusedTransitions() => new()
    {
        { ReferralStatus.Sent, ReferralStep.Complete, Referral.AcceptBeforeCompleting },
        { ReferralStatus.Accepted, ReferralStep.Accept, Referral.AlreadyAccepted },
        { ReferralStatus.Accepted, ReferralStep.Decline, Referral.AlreadyAccepted },
        { ReferralStatus.Declined, ReferralStep.Accept, Referral.AlreadyDeclined },
        { ReferralStatus.Declined, ReferralStep.Decline, Referral.AlreadyDeclined },
        { ReferralStatus.Declined, ReferralStep.Complete, Referral.AlreadyDeclined },
        { ReferralStatus.Declined, ReferralStep.WithdrawConsent, Referral.AlreadyDeclined },
        { ReferralStatus.Completed, ReferralStep.Accept, Referral.AlreadyCompleted },
        { ReferralStatus.Completed, ReferralStep.Decline, Referral.AlreadyCompleted },
        { ReferralStatus.Completed, ReferralStep.Complete, Referral.AlreadyCompleted },
        { ReferralStatus.Completed, ReferralStep.WithdrawConsent, Referral.AlreadyCompleted },
        { ReferralStatus.Withdrawn, ReferralStep.Accept, Referral.StoppedByWithdrawal },
        { ReferralStatus.Withdrawn, ReferralStep.Decline, Referral.StoppedByWithdrawal },
        { ReferralStatus.Withdrawn, ReferralStep.Complete, Referral.StoppedByWithdrawal },
        { ReferralStatus.Withdrawn, ReferralStep.WithdrawConsent, Referral.StoppedByWithdrawal },
    };

    [Fact]
    public void The_two_tables_cover_every_status_and_step()
    {
        var covered = AllowedTransitions().Select(row => (row.Data.Item1, row.Data.Item2))
            .Concat(RefusedTransitions().Select(row => (row.Data.Item1, row.Data.Item2))).ToHashSet();

        Assert.Equal(Enum.GetValues<ReferralStatus>().Length * Enum.GetValues<ReferralStep>().Length, covered.Count);
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void An_allowed_step_moves_the_referral_on(ReferralStatus from, ReferralStep step, ReferralStatus to)
    {
        var referral = In(from);

        Assert.True(referral.IsAllowed(step));
        Assert.Contains(step, referral.AllowedSteps());
        Take(referral, step);
        Assert.Equal(to, referral.Status);
    }

    [Theory]
    [MemberData(nameof(RefusedTransitions))]
    public void A_refused_step_names_why_and_changes_nothing(ReferralStatus from, ReferralStep step, string reason)
    {
        var referral = In(from);

        var refused = Assert.Throws<DomainException>(() => Take(referral, step));

        Assert.False(referral.IsAllowed(step));
        Assert.DoesNotContain(step, referral.AllowedSteps());
        Assert.Equal(reason, refused.Message);
        Assert.Equal(from, referral.Status);
    }

    [Fact]
    public void Final_states_allow_nothing()
    {
        Assert.Empty(In(ReferralStatus.Declined).AllowedSteps());
        Assert.Empty(In(ReferralStatus.Completed).AllowedSteps());
        Assert.Empty(In(ReferralStatus.Withdrawn).AllowedSteps());
    }

    [Fact]
    public void Sending_records_the_consent_the_note_and_the_moment()
    {
        var referral = Sent("  Warme overdracht: graag vóór vrijdag bellen.  ");

        Assert.Equal(ReferralStatus.Sent, referral.Status);
        Assert.Equal(Today.AddDays(-1), referral.ConsentRecordedOn);
        Assert.Equal("Warme overdracht: graag vóór vrijdag bellen.", referral.HandoverNote);
        Assert.Equal(Now, referral.SentAtUtc);
        Assert.Null(referral.RespondedAtUtc);
        Assert.NotEqual(Guid.Empty, referral.Id);
        Assert.Null(Sent("   ").HandoverNote);
    }

    [Fact]
    public void A_referral_to_the_own_organisation_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Referral.Send(Victim, From, Guid.CreateVersion7(), From, ReferralNeed.MedicalHelp, Today, null, Now, Today));

        Assert.Contains("other than your own", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_cannot_be_dated_in_the_future_and_the_note_has_a_limit()
    {
        Assert.Throws<DomainException>(() => Referral.Send(Victim, From, Guid.CreateVersion7(), To, ReferralNeed.MedicalHelp, Today.AddDays(1), null, Now, Today));
        Assert.Throws<DomainException>(() => Referral.Send(Victim, From, Guid.CreateVersion7(), To, ReferralNeed.MedicalHelp, Today, new string('x', 2001), Now, Today));
        Assert.Throws<DomainException>(() => Referral.Send(Victim, From, Guid.CreateVersion7(), To, (ReferralNeed)99, Today, null, Now, Today));
        Assert.Equal(2000, Referral.Send(Victim, From, Guid.CreateVersion7(), To, ReferralNeed.MedicalHelp, Today, new string('x', 2000), Now, Today).HandoverNote!.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Declining_needs_a_reason(string reason)
    {
        var referral = Sent();

        Assert.Throws<DomainException>(() => referral.Decline(reason, Now));
        Assert.Throws<DomainException>(() => referral.Decline(new string('r', 501), Now));
        Assert.Equal(ReferralStatus.Sent, referral.Status);
        referral.Decline(" Geen capaciteit ", Now);
        Assert.Equal("Geen capaciteit", referral.DeclineReason);
        Assert.Equal(Now, referral.RespondedAtUtc);
    }

    [Fact]
    public void Withdrawal_of_consent_lies_between_the_consent_and_today()
    {
        var referral = In(ReferralStatus.Accepted);

        Assert.Throws<DomainException>(() => referral.WithdrawConsent(Today.AddDays(1), Now, Today));
        Assert.Throws<DomainException>(() => referral.WithdrawConsent(Today.AddDays(-2), Now, Today));
        referral.WithdrawConsent(Today.AddDays(-1), Now, Today);

        Assert.Equal(ReferralStatus.Withdrawn, referral.Status);
        Assert.Equal(Today.AddDays(-1), referral.ConsentWithdrawnOn);
        Assert.Equal(Now, referral.WithdrawnAtUtc);
    }

    [Fact]
    public void The_timeline_shows_each_step_with_the_need()
    {
        var completed = In(ReferralStatus.Completed);
        var declined = In(ReferralStatus.Declined);
        var withdrawn = In(ReferralStatus.Withdrawn);

        Assert.Equal([ReferralEventKind.ReferralSent, ReferralEventKind.ReferralAccepted, ReferralEventKind.ReferralCompleted], completed.Events().Select(e => e.Kind));
        Assert.Equal([ReferralEventKind.ReferralSent, ReferralEventKind.ReferralDeclined], declined.Events().Select(e => e.Kind));
        Assert.Equal([ReferralEventKind.ReferralSent, ReferralEventKind.ConsentWithdrawn], withdrawn.Events().Select(e => e.Kind));
        Assert.All(completed.Events(), e => Assert.Equal(ReferralNeed.LegalAid, e.Need));
    }
}
