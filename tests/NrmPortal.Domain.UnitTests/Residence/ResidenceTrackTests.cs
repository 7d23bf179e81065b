using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Residence;

/// <summary>The specific rules of the residence track: who may get a reflection period, the dates each step checks, and what a step changes.</summary>
public sealed class ResidenceTrackTests
{
    private static readonly DateOnly Day = new(2025, 3, 3);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ResidenceTrack Permit(DateOnly on) => TrackBuilder.NewTrack().Reported(on).AppliedTemporary(on).Granted(on);

    // ---------- Who may get a reflection period ----------

    [Fact]
    public void A_Dutch_national_gets_no_reflection_period()
    {
        var track = TrackBuilder.NewTrack(NationalityGroup.Dutch);

        var refusal = Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(Day), TrackBuilder.Rules, Day));

        Assert.Equal(ResidenceRules.DutchNationalNotEligible, refusal.Message);
        Assert.Empty(track.ReflectionPeriods);
        Assert.Equal(0, track.StepCount);
    }

    [Fact]
    public void An_EU_national_gets_no_reflection_period_when_the_policy_setting_closes_it()
    {
        var track = TrackBuilder.NewTrack(NationalityGroup.Eu);
        var closed = new ResidenceRules { ReflectionForEuNationals = false };

        var refusal = Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(Day), closed, Day));

        Assert.Equal(ResidenceRules.EuNationalNotEligible, refusal.Message);
        Assert.Equal(ReflectionState.None, track.ReflectionState);
    }

    [Fact]
    public void An_EU_national_gets_a_reflection_period_when_the_policy_setting_allows_it()
    {
        var track = TrackBuilder.NewTrack(NationalityGroup.Eu);

        track.OfferReflection(TrackBuilder.AcceptedOffer(Day), new ResidenceRules { ReflectionForEuNationals = true }, Day);

        Assert.Equal(ReflectionState.Running, track.ReflectionState);
    }

    [Theory]
    [InlineData(NationalityGroup.Unknown)]
    [InlineData(NationalityGroup.OutsideEu)]
    public void Someone_of_unknown_or_non_EU_nationality_gets_a_reflection_period(NationalityGroup nationality)
    {
        var track = TrackBuilder.NewTrack(nationality);

        track.OfferReflection(TrackBuilder.AcceptedOffer(Day), new ResidenceRules { ReflectionForEuNationals = false }, Day);

        Assert.Equal(ReflectionState.Running, track.ReflectionState);
        Assert.Equal(D(2025, 6, 3), track.ReflectionEndsOn);
    }

    [Fact]
    public void In_immigration_detention_the_offer_needs_the_date_of_the_prosecution_service_consent()
    {
        var track = TrackBuilder.NewTrack();

        Assert.Throws<DomainException>(() =>
            track.OfferReflection(TrackBuilder.AcceptedOffer(Day) with { InDetention = true, ProsecutionConsentOn = null }, TrackBuilder.Rules, Day));
        Assert.Empty(track.ReflectionPeriods);

        var period = track.OfferReflection(TrackBuilder.AcceptedOffer(Day) with { InDetention = true, ProsecutionConsentOn = Day.AddDays(-1) },
            TrackBuilder.Rules, Day);

        Assert.True(period.InDetention);
        Assert.Equal(Day.AddDays(-1), period.ProsecutionConsentOn);
        Assert.Equal(ReflectionState.Running, track.ReflectionState);
    }

    // ---------- One reflection period at a time, in date order ----------

    [Fact]
    public void A_second_offer_while_a_period_runs_is_refused()
    {
        var track = TrackBuilder.NewTrack().Offered(Day);
        var lastDay = track.ReflectionEndsOn!.Value;

        var refusal = Assert.Throws<StepNotAllowedException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(lastDay), TrackBuilder.Rules, lastDay));

        Assert.Equal(TrackStep.OfferReflection, refusal.Attempted);
        Assert.Contains(TrackStep.EndReflectionEarly, refusal.Allowed);
        Assert.Single(track.ReflectionPeriods);
    }

    [Fact]
    public void A_new_offer_after_the_period_expired_is_allowed()
    {
        var track = TrackBuilder.NewTrack().Offered(Day);
        var dayAfter = track.ReflectionEndsOn!.Value.AddDays(1);

        track.OfferReflection(TrackBuilder.AcceptedOffer(dayAfter), TrackBuilder.Rules, dayAfter);

        Assert.Equal(2, track.ReflectionPeriods.Count);
        Assert.Equal(ReflectionState.Running, track.ReflectionState);
        Assert.Equal(dayAfter.AddMonths(3), track.ReflectionEndsOn);
    }

    [Fact]
    public void An_offer_dated_before_the_end_of_the_previous_period_is_refused()
    {
        var track = TrackBuilder.NewTrack().Offered(Day);
        var lastDay = track.ReflectionEndsOn!.Value;
        var today = lastDay.AddMonths(1);

        Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(lastDay.AddDays(-1)), TrackBuilder.Rules, today));

        track.OfferReflection(TrackBuilder.AcceptedOffer(lastDay), TrackBuilder.Rules, today); // the last day itself is not before the end
        Assert.Equal(2, track.ReflectionPeriods.Count);
    }

    [Fact]
    public void An_offer_dated_before_an_early_end_or_a_declined_offer_is_refused()
    {
        var endedEarly = TrackBuilder.NewTrack().Offered(Day).EndedEarly(Day.AddDays(10));
        Assert.Throws<DomainException>(() => endedEarly.OfferReflection(TrackBuilder.AcceptedOffer(Day.AddDays(9)), TrackBuilder.Rules, Day.AddDays(20)));

        var declined = TrackBuilder.NewTrack().Declined(Day);
        Assert.Throws<DomainException>(() => declined.OfferReflection(TrackBuilder.AcceptedOffer(Day.AddDays(-1)), TrackBuilder.Rules, Day.AddDays(20)));
    }

    [Fact]
    public void A_period_cannot_start_before_it_was_offered()
    {
        var track = TrackBuilder.NewTrack();

        Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(Day, startsOn: Day.AddDays(-1)), TrackBuilder.Rules, Day));

        var period = track.OfferReflection(TrackBuilder.AcceptedOffer(Day.AddDays(-2), startsOn: Day), TrackBuilder.Rules, Day);
        Assert.Equal(Day, period.StartsOn);
        Assert.Equal(Day.AddMonths(3), period.EndsOn);
    }

    [Fact]
    public void A_declined_offer_needs_a_reason()
    {
        var track = TrackBuilder.NewTrack();

        Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.DeclinedOffer(Day) with { DeclineReason = null }, TrackBuilder.Rules, Day));

        var period = track.OfferReflection(TrackBuilder.DeclinedOffer(Day), TrackBuilder.Rules, Day);
        Assert.Equal(ReflectionState.Declined, track.ReflectionState);
        Assert.Null(period.StartsOn);
        Assert.Null(track.ReflectionEndsOn);
    }

    // ---------- Dates in the future ----------

    [Fact]
    public void The_offer_its_start_and_the_consent_cannot_lie_in_the_future()
    {
        var track = TrackBuilder.NewTrack();
        var tomorrow = Day.AddDays(1);

        Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(tomorrow), TrackBuilder.Rules, Day));
        Assert.Throws<DomainException>(() => track.OfferReflection(TrackBuilder.AcceptedOffer(Day, startsOn: tomorrow), TrackBuilder.Rules, Day));
        Assert.Throws<DomainException>(() =>
            track.OfferReflection(TrackBuilder.AcceptedOffer(Day) with { InDetention = true, ProsecutionConsentOn = tomorrow }, TrackBuilder.Rules, Day));
        Assert.Empty(track.ReflectionPeriods);
    }

    [Fact]
    public void Steps_cannot_be_dated_in_the_future()
    {
        var tomorrow = Day.AddDays(1);

        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Offered(Day).EndReflectionEarly(tomorrow, ReflectionEndReason.Departed, Day));
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().RecordCooperation(CooperationKind.Report, tomorrow, "AVIM", null, Day));
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Reported(Day).RecordProsecutionDecision(ProsecutionDecisionKind.Prosecute, tomorrow, false, Day));
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Reported(Day).Dismissed(Day, complaint: true).RecordComplaintOutcome(true, tomorrow, Day));
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Reported(Day).Apply(ApplicationKind.TemporaryAfterCooperation, tomorrow, false, null, Day));
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Apply(ApplicationKind.Asylum, tomorrow, false, null, Day));
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Reported(Day).AppliedTemporary(Day).Decide(true, tomorrow, Day, Day.AddYears(1), Day));
        Assert.Throws<DomainException>(() => Permit(Day).ExtendPermit(tomorrow, Day.AddYears(3), Day));
        Assert.Throws<DomainException>(() => Permit(Day).Dismissed(Day).IntendWithdrawal(tomorrow, Day));
        Assert.Throws<DomainException>(() => Permit(Day).Dismissed(Day).WithdrawalIntended(Day).WithdrawPermit(tomorrow, Day));
    }

    // ---------- Report and criminal case ----------

    [Fact]
    public void A_report_during_a_running_period_ends_the_period_that_day()
    {
        var track = TrackBuilder.NewTrack().Offered(Day);
        var reportDay = Day.AddDays(20);

        track.RecordCooperation(CooperationKind.Report, reportDay, " AVIM Rotterdam ", " PL1700-2025-1 ", reportDay);

        var period = Assert.Single(track.ReflectionPeriods);
        Assert.Equal(reportDay, period.EndedEarlyOn);
        Assert.Equal(ReflectionEndReason.ReportMade, period.EarlyEndReason);
        Assert.Equal(reportDay, period.EffectiveEnd);
        Assert.Equal(ReflectionState.Ended, track.ReflectionState);
        Assert.Null(track.ReflectionEndsOn);
        Assert.Equal(CaseState.UnderInvestigation, track.CaseState);
        Assert.Equal(reportDay, track.CooperationOn);
        Assert.Equal("AVIM Rotterdam", track.CooperationUnit);
        Assert.Equal("PL1700-2025-1", track.CaseNumber);
    }

    [Fact]
    public void A_report_after_the_period_expired_leaves_the_period_as_it_was()
    {
        var track = TrackBuilder.NewTrack().Offered(Day);
        var lastDay = track.ReflectionEndsOn!.Value;

        track.RecordCooperation(CooperationKind.WitnessStatement, lastDay.AddDays(1), "AVIM", null, lastDay.AddDays(1));

        var period = Assert.Single(track.ReflectionPeriods);
        Assert.Null(period.EndedEarlyOn);
        Assert.Equal(lastDay, period.EffectiveEnd);
        Assert.Null(track.CaseNumber);
    }

    [Fact]
    public void A_decision_dated_before_the_report_or_the_previous_decision_is_refused()
    {
        var track = TrackBuilder.NewTrack().Reported(Day);

        Assert.Throws<DomainException>(() => track.RecordProsecutionDecision(ProsecutionDecisionKind.Prosecute, Day.AddDays(-1), false, Day));
        track.RecordProsecutionDecision(ProsecutionDecisionKind.Prosecute, Day.AddDays(30), false, Day.AddDays(30));
        Assert.Throws<DomainException>(() => track.RecordProsecutionDecision(ProsecutionDecisionKind.Conviction, Day.AddDays(29), false, Day.AddDays(60)));
        Assert.Equal(CaseState.Prosecuting, track.CaseState);
    }

    [Fact]
    public void A_complaint_decided_before_the_dismissal_is_refused()
    {
        var track = TrackBuilder.NewTrack().Reported(Day).Dismissed(Day.AddDays(10), complaint: true);

        Assert.Throws<DomainException>(() => track.RecordComplaintOutcome(true, Day.AddDays(9), Day.AddDays(20)));
    }

    [Fact]
    public void An_upheld_complaint_sends_the_case_to_prosecution_and_the_intended_withdrawal_lapses()
    {
        var track = Permit(Day).Dismissed(Day.AddDays(10), complaint: true).WithdrawalIntended(Day.AddDays(20));
        Assert.Equal(ResidenceState.WithdrawalIntended, track.ResidenceState);

        track.RecordComplaintOutcome(upheld: true, Day.AddDays(100), Day.AddDays(100));

        Assert.Equal(CaseState.Prosecuting, track.CaseState);
        Assert.Equal(ResidenceState.TemporaryPermit, track.ResidenceState);
        Assert.Null(track.WithdrawalIntendedOn);
        Assert.Equal(ComplaintOutcome.Upheld, track.ProsecutionDecisions[^1].Complaint);
        Assert.Equal(Day.AddDays(100), track.ProsecutionDecisions[^1].ComplaintDecidedOn);
        Assert.False(track.IsAllowed(TrackStep.WithdrawPermit, Day.AddDays(100)));
    }

    [Fact]
    public void A_rejected_complaint_leaves_the_withdrawal_as_intended()
    {
        var track = Permit(Day).Dismissed(Day, complaint: true).WithdrawalIntended(Day.AddDays(20));

        track.RecordComplaintOutcome(upheld: false, Day.AddDays(100), Day.AddDays(100));

        Assert.Equal(CaseState.Dismissed, track.CaseState);
        Assert.Equal(ResidenceState.WithdrawalIntended, track.ResidenceState);
        Assert.Equal(Day.AddDays(20), track.WithdrawalIntendedOn);
        Assert.Equal(ComplaintOutcome.Rejected, track.ProsecutionDecisions[^1].Complaint);
    }

    // ---------- Withdrawal and continued residence ----------

    [Fact]
    public void The_intention_to_withdraw_is_held_back_while_continued_residence_is_pending()
    {
        var track = Permit(Day).Dismissed(Day).AppliedContinued(Day.AddDays(5));

        var refusal = Assert.Throws<StepNotAllowedException>(() => track.IntendWithdrawal(Day.AddDays(6), Day.AddDays(6)));

        Assert.Equal(StepNotAllowedException.WithdrawalHeldBack, refusal.Message);
        Assert.Equal(TrackStep.IntendWithdrawal, refusal.Attempted);
        Assert.Contains(TrackStep.DecideContinuedResidence, refusal.Allowed);
    }

    [Fact]
    public void The_withdrawal_is_held_back_while_continued_residence_is_pending()
    {
        var track = Permit(Day).Dismissed(Day).WithdrawalIntended(Day.AddDays(1)).AppliedContinued(Day.AddDays(5));

        var refusal = Assert.Throws<StepNotAllowedException>(() => track.WithdrawPermit(Day.AddDays(6), Day.AddDays(6)));

        Assert.Equal(StepNotAllowedException.WithdrawalHeldBack, refusal.Message);
        Assert.Equal(TrackStep.WithdrawPermit, refusal.Attempted);
        Assert.Equal(ResidenceState.ContinuedResidenceApplied, track.ResidenceState);
        Assert.Equal(Day.AddDays(5), track.ContinuedResidenceAppliedOn);
    }

    [Fact]
    public void After_continued_residence_is_refused_the_withdrawal_goes_ahead()
    {
        var track = Permit(Day).Dismissed(Day).WithdrawalIntended(Day.AddDays(1)).AppliedContinued(Day.AddDays(5)).Refused(Day.AddDays(40));

        Assert.Equal(ResidenceState.WithdrawalIntended, track.ResidenceState);
        Assert.Equal(Day.AddDays(1), track.WithdrawalIntendedOn);
        Assert.Null(track.ContinuedResidenceAppliedOn);

        track.WithdrawPermit(Day.AddDays(41), Day.AddDays(41));

        Assert.Equal(ResidenceState.Withdrawn, track.ResidenceState);
        Assert.Null(track.TemporaryPermitKind);
        Assert.Null(track.TemporaryPermitValidUntil);
        Assert.Null(track.WithdrawalIntendedOn);
        Assert.Equal(Day.AddDays(41), track.Applications.Single(a => a is { Granted: true, Kind: ApplicationKind.TemporaryAfterCooperation }).WithdrawnOn);
    }

    [Fact]
    public void Withdrawal_dates_follow_the_dismissal_and_the_intention()
    {
        var track = Permit(Day).Dismissed(Day.AddDays(10));
        var early = Assert.Throws<DomainException>(() => track.IntendWithdrawal(Day.AddDays(9), Day.AddDays(20)));
        Assert.Equal("The intention to withdraw lies before the decision that ended the case.", early.Message);

        track.IntendWithdrawal(Day.AddDays(15), Day.AddDays(20));
        Assert.Throws<DomainException>(() => track.WithdrawPermit(Day.AddDays(14), Day.AddDays(20)));
    }

    [Fact]
    public void After_an_acquittal_the_permit_can_be_withdrawn()
    {
        var track = Permit(Day).Prosecuted(Day.AddDays(30)).Acquitted(Day.AddDays(200));
        Assert.True(track.IsAllowed(TrackStep.IntendWithdrawal, Day.AddDays(200)));

        var early = Assert.Throws<DomainException>(() => track.IntendWithdrawal(Day.AddDays(199), Day.AddDays(210)));
        Assert.Equal("The intention to withdraw lies before the decision that ended the case.", early.Message);

        track.IntendWithdrawal(Day.AddDays(210), Day.AddDays(210));
        Assert.Equal(ResidenceState.WithdrawalIntended, track.ResidenceState);
        Assert.Equal(Day.AddDays(210), track.WithdrawalIntendedOn);
        Assert.Throws<DomainException>(() => track.WithdrawPermit(Day.AddDays(209), Day.AddDays(240)));

        track.WithdrawPermit(Day.AddDays(240), Day.AddDays(240));

        Assert.Equal(ResidenceState.Withdrawn, track.ResidenceState);
        Assert.Equal(CaseState.Acquitted, track.CaseState);
        Assert.Null(track.TemporaryPermitKind);
        Assert.Null(track.FirstPermitFrom);
        Assert.Null(track.ThreeYearPointOn);
        var permit = track.Applications.Single(a => a is { Granted: true, Kind: ApplicationKind.TemporaryAfterCooperation });
        Assert.Equal(Day.AddDays(210), permit.WithdrawalIntendedOn);
        Assert.Equal(Day.AddDays(240), permit.WithdrawnOn);
    }

    [Fact]
    public void The_withdrawal_is_held_back_after_an_acquittal_while_continued_residence_is_pending()
    {
        var track = Permit(Day).Prosecuted(Day).Acquitted(Day.AddDays(10)).AppliedContinued(Day.AddDays(20));

        var refusal = Assert.Throws<StepNotAllowedException>(() => track.IntendWithdrawal(Day.AddDays(21), Day.AddDays(21)));

        Assert.Equal(StepNotAllowedException.WithdrawalHeldBack, refusal.Message);
    }

    public static TheoryData<string, TrackStep> GenericRefusalsOfAWithdrawal() => new()
    {
        { "continued residence pending while the case is under investigation", TrackStep.IntendWithdrawal },
        { "continued residence pending while the case is under investigation", TrackStep.WithdrawPermit },
        { "continued residence pending while prosecuting", TrackStep.IntendWithdrawal },
        { "continued residence pending after a conviction", TrackStep.IntendWithdrawal },
        { "continued residence pending after a conviction", TrackStep.WithdrawPermit },
        { "continued residence pending on a cannot-cooperate permit, dismissed", TrackStep.IntendWithdrawal },
        { "continued residence pending on a cannot-cooperate permit, dismissed", TrackStep.WithdrawPermit },
        { "temporary permit, case under investigation", TrackStep.IntendWithdrawal },
        { "temporary permit, dismissed", TrackStep.WithdrawPermit },
    };

    [Theory]
    [MemberData(nameof(GenericRefusalsOfAWithdrawal))]
    public void A_withdrawal_that_deciding_continued_residence_would_not_make_possible_gets_the_generic_refusal(string situation, TrackStep step)
    {
        var track = situation switch
        {
            "continued residence pending while the case is under investigation" => Permit(Day).AppliedContinued(Day),
            "continued residence pending while prosecuting" => Permit(Day).Prosecuted(Day).AppliedContinued(Day),
            "continued residence pending after a conviction" => Permit(Day).Prosecuted(Day).Convicted(Day).AppliedContinued(Day),
            "continued residence pending on a cannot-cooperate permit, dismissed" =>
                TrackBuilder.NewTrack().AppliedCannotCooperate(Day).Granted(Day).Reported(Day).Dismissed(Day).AppliedContinued(Day),
            "temporary permit, case under investigation" => Permit(Day),
            "temporary permit, dismissed" => Permit(Day).Dismissed(Day),
            _ => throw new ArgumentOutOfRangeException(nameof(situation), situation, null),
        };

        var refusal = Assert.Throws<StepNotAllowedException>(() =>
        {
            if (step == TrackStep.IntendWithdrawal) track.IntendWithdrawal(Day, Day);
            else track.WithdrawPermit(Day, Day);
        });

        Assert.Equal(StepNotAllowedException.NotNow, refusal.Message);
        Assert.Equal(step, refusal.Attempted);
    }

    [Fact]
    public void Continued_residence_cannot_be_applied_for_before_the_temporary_permit_started()
    {
        var track = TrackBuilder.NewTrack().Reported(Day).AppliedTemporary(Day);
        track.Decide(true, Day.AddDays(30), Day.AddDays(30), Day.AddYears(1), Day.AddDays(30));

        Assert.Throws<DomainException>(() => track.Apply(ApplicationKind.NonTemporaryHumanitarian, Day.AddDays(29), false, null, Day.AddDays(40)));
    }

    // ---------- Permits ----------

    [Theory]
    [InlineData("2025-03-03", "2025-04-01", "2026-03-03")]
    [InlineData("2025-03-03", null, "2026-03-03")]
    [InlineData("2025-03-03", "2030-01-01", "2026-03-03")]
    [InlineData("2024-02-29", "2024-12-31", "2025-02-28")] // one year from 29 February ends on 28 February
    public void A_cannot_cooperate_permit_runs_one_year_whatever_end_is_given(string from, string? givenUntil, string expectedUntil)
    {
        var validFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        DateOnly? until = givenUntil is null ? null : DateOnly.Parse(givenUntil, System.Globalization.CultureInfo.InvariantCulture);
        var track = TrackBuilder.NewTrack().AppliedCannotCooperate(validFrom);

        track.Decide(true, validFrom, validFrom, until, validFrom);

        var expected = DateOnly.Parse(expectedUntil, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, track.TemporaryPermitValidUntil);
        Assert.Equal(ApplicationKind.TemporaryCannotCooperate, track.TemporaryPermitKind);
        Assert.Equal(expected, track.Applications.Single().ValidUntil);
        Assert.Equal(CannotCooperateGround.SeriousThreat, track.Applications.Single().Ground);
    }

    [Fact]
    public void A_cannot_cooperate_application_needs_a_ground()
    {
        var track = TrackBuilder.NewTrack();

        Assert.Throws<DomainException>(() => track.Apply(ApplicationKind.TemporaryCannotCooperate, Day, false, null, Day));
        Assert.Equal(ResidenceState.None, track.ResidenceState);
    }

    [Fact]
    public void A_cannot_cooperate_application_after_a_report_is_refused()
    {
        foreach (var track in new[]
        {
            TrackBuilder.NewTrack().Reported(Day),
            TrackBuilder.NewTrack().Reported(Day).AppliedTemporary(Day).Refused(Day),
            TrackBuilder.NewTrack().Reported(Day).Dismissed(Day),
            TrackBuilder.NewTrack().Reported(Day).Prosecuted(Day).Acquitted(Day),
        })
        {
            var refusal = Assert.Throws<StepNotAllowedException>(() =>
                track.Apply(ApplicationKind.TemporaryCannotCooperate, Day, false, CannotCooperateGround.SeriousThreat, Day));

            Assert.Equal(TrackStep.ApplyCannotCooperatePermit, refusal.Attempted);
            Assert.Equal(StepNotAllowedException.NotNow, refusal.Message);
            Assert.DoesNotContain(track.Applications, a => a.Kind == ApplicationKind.TemporaryCannotCooperate);
        }
    }

    [Fact]
    public void A_reflection_period_is_not_offered_once_a_residence_application_was_made_even_if_refused()
    {
        var refused = TrackBuilder.NewTrack().AppliedCannotCooperate(Day).Refused(Day.AddDays(30));
        var pending = TrackBuilder.NewTrack().AppliedCannotCooperate(Day);
        var permit = TrackBuilder.NewTrack().AppliedCannotCooperate(Day).Granted(Day);

        foreach (var track in new[] { refused, pending, permit })
        {
            var refusal = Assert.Throws<StepNotAllowedException>(() =>
                track.OfferReflection(TrackBuilder.AcceptedOffer(Day.AddDays(40)), TrackBuilder.Rules, Day.AddDays(40)));

            Assert.Equal(TrackStep.OfferReflection, refusal.Attempted);
            Assert.Contains(TrackStep.RecordCooperation, refusal.Allowed);
            Assert.Empty(track.ReflectionPeriods);
            Assert.Equal(ReflectionState.None, track.ReflectionState);
        }
        Assert.Equal(ResidenceState.TemporaryRefused, refused.ResidenceState);
    }

    [Fact]
    public void A_cannot_cooperate_application_leaves_a_running_reflection_period_running()
    {
        var track = TrackBuilder.NewTrack().Offered(Day).AppliedCannotCooperate(Day.AddDays(10)).Granted(Day.AddDays(20));

        // Decision: a cannot-cooperate application leaves a running reflection period running.
        Assert.Equal(ReflectionState.Running, track.ReflectionStateOn(Day.AddDays(20)));
        Assert.Equal(Day.AddMonths(3), track.ReflectionEndsOn);
        Assert.Null(Assert.Single(track.ReflectionPeriods).EndedEarlyOn);
    }

    [Fact]
    public void A_permit_after_cooperation_needs_its_dates()
    {
        var track = TrackBuilder.NewTrack().Reported(Day).AppliedTemporary(Day.AddDays(1));

        Assert.Throws<DomainException>(() => track.Decide(true, Day.AddDays(5), null, Day.AddYears(1), Day.AddDays(5)));
        Assert.Throws<DomainException>(() => track.Decide(true, Day.AddDays(5), Day.AddDays(5), null, Day.AddDays(5)));
        Assert.Throws<DomainException>(() => track.Decide(true, Day.AddDays(5), Day, Day.AddYears(1), Day.AddDays(5))); // before the application
        Assert.Throws<DomainException>(() => track.Decide(true, Day.AddDays(5), Day.AddDays(5), Day.AddDays(5), Day.AddDays(5))); // ends as it starts
        Assert.Throws<DomainException>(() => track.Decide(true, Day, Day.AddDays(1), Day.AddYears(1), Day.AddDays(5))); // decided before applied
        Assert.Throws<DomainException>(() => TrackBuilder.NewTrack().Reported(Day).Apply(ApplicationKind.TemporaryAfterCooperation, Day.AddDays(-1), false, null, Day));
        Assert.Equal(ResidenceState.TemporaryApplied, track.ResidenceState);
    }

    [Fact]
    public void An_application_by_the_IND_of_its_own_motion_is_marked_only_for_the_permit_after_cooperation()
    {
        var track = TrackBuilder.NewTrack().Reported(Day);
        track.Apply(ApplicationKind.TemporaryAfterCooperation, Day, exOfficio: true, ground: null, Day);
        Assert.True(track.Applications.Single().ExOfficio);

        var other = TrackBuilder.NewTrack();
        other.Apply(ApplicationKind.TemporaryCannotCooperate, Day, exOfficio: true, CannotCooperateGround.MedicalOrPsychologicalLimitation, Day);
        Assert.False(other.Applications.Single().ExOfficio);
    }

    [Theory]
    [InlineData("2025-03-03", "2028-03-03")]
    [InlineData("2024-02-29", "2027-02-28")] // three years from 29 February: 28 February, like a birthday
    [InlineData("2025-08-31", "2028-08-31")]
    [InlineData("2027-02-28", "2030-02-28")]
    public void The_three_year_point_is_three_years_after_the_first_permit(string from, string point)
    {
        var validFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);

        var track = Permit(validFrom);

        Assert.Equal(validFrom, track.FirstPermitFrom);
        Assert.Equal(DateOnly.Parse(point, System.Globalization.CultureInfo.InvariantCulture), track.ThreeYearPointOn);
    }

    [Fact]
    public void The_three_year_point_stays_when_the_permit_is_extended()
    {
        var track = Permit(D(2024, 2, 29));

        track.ExtendPermit(D(2025, 2, 1), D(2026, 2, 28), D(2025, 2, 1));

        Assert.Equal(D(2027, 2, 28), track.ThreeYearPointOn);
        Assert.Equal(D(2024, 2, 29), track.FirstPermitFrom);
        Assert.Equal(D(2026, 2, 28), track.TemporaryPermitValidUntil);
        var extension = track.Applications.Single(a => a.IsExtension);
        Assert.Equal(D(2025, 2, 28), extension.ValidFrom); // the extension runs on from the old end
        Assert.Equal(D(2026, 2, 28), extension.ValidUntil);
    }

    [Fact]
    public void The_three_year_point_is_cleared_by_a_non_temporary_permit()
    {
        var track = Permit(Day).AppliedContinued(Day.AddDays(10)).Granted(Day.AddDays(50));

        Assert.Equal(ResidenceState.NonTemporaryPermit, track.ResidenceState);
        Assert.Null(track.ThreeYearPointOn);
        Assert.Null(track.TemporaryPermitKind);
        Assert.Null(track.TemporaryPermitValidUntil);
        Assert.Null(track.ContinuedResidenceAppliedOn);
        Assert.Null(track.WithdrawalIntendedOn);
    }

    [Fact]
    public void The_three_year_point_is_cleared_by_a_withdrawal()
    {
        var track = Permit(Day).Dismissed(Day).WithdrawalIntended(Day).Withdrawn(Day.AddDays(30));

        Assert.Null(track.ThreeYearPointOn);
        Assert.Equal(ResidenceState.Withdrawn, track.ResidenceState);
    }

    [Fact]
    public void After_a_withdrawal_and_a_new_permit_the_three_year_point_counts_from_the_new_permit()
    {
        var track = Permit(D(2024, 1, 10)).Dismissed(D(2024, 6, 1), complaint: true).WithdrawalIntended(D(2024, 6, 10)).Withdrawn(D(2024, 7, 1));
        Assert.Null(track.FirstPermitFrom);

        track.ComplaintDecided(upheld: true, D(2024, 12, 1)).AppliedTemporary(D(2024, 12, 2)).Granted(D(2025, 1, 15));

        // Rule: three years on the permit means without a break, so a withdrawal restarts the count.
        Assert.Equal(D(2025, 1, 15), track.FirstPermitFrom);
        Assert.Equal(D(2028, 1, 15), track.ThreeYearPointOn);
    }

    [Fact]
    public void After_a_withdrawal_the_three_year_point_follows_the_new_permits_valid_from_date()
    {
        var track = Permit(D(2024, 1, 10)).Dismissed(D(2024, 6, 1), complaint: true).WithdrawalIntended(D(2024, 6, 10)).Withdrawn(D(2024, 7, 1))
            .ComplaintDecided(upheld: true, D(2024, 12, 1)).AppliedTemporary(D(2024, 12, 2));

        track.Decide(true, D(2025, 1, 15), D(2024, 12, 2), D(2026, 1, 15), D(2025, 1, 15)); // valid from the application date

        Assert.Equal(D(2024, 12, 2), track.FirstPermitFrom);
        Assert.Equal(D(2027, 12, 2), track.ThreeYearPointOn);
    }

    [Theory]
    [InlineData("2013-05-31", ResidenceRegulation.B9)]
    [InlineData("2013-06-01", ResidenceRegulation.B8Section3)]
    public void A_permit_is_issued_under_B9_before_1_June_2013_and_under_B8_3_from_then(string from, ResidenceRegulation expected)
    {
        var validFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var track = TrackBuilder.NewTrack().Reported(D(2013, 5, 1)).AppliedTemporary(D(2013, 5, 2));

        track.Decide(true, validFrom, validFrom, validFrom.AddYears(1), D(2013, 6, 30));

        Assert.Equal(expected, track.Applications.Single().Regulation);
    }

    [Fact]
    public void A_refused_application_has_no_regulation_and_no_dates()
    {
        var track = TrackBuilder.NewTrack().Reported(Day).AppliedTemporary(Day).Refused(Day.AddDays(30));

        var application = track.Applications.Single();
        Assert.False(application.Granted);
        Assert.Equal(Day.AddDays(30), application.DecidedOn);
        Assert.Null(application.Regulation);
        Assert.Null(application.ValidFrom);
        Assert.Equal(ResidenceState.TemporaryRefused, track.ResidenceState);
    }

    [Fact]
    public void An_extension_must_end_after_the_current_end()
    {
        var track = Permit(Day); // valid until Day + 1 year
        var currentEnd = track.TemporaryPermitValidUntil!.Value;

        Assert.Throws<DomainException>(() => track.ExtendPermit(Day.AddDays(300), currentEnd, Day.AddDays(300)));
        Assert.Throws<DomainException>(() => track.ExtendPermit(Day.AddDays(300), currentEnd.AddDays(-1), Day.AddDays(300)));
        Assert.Equal(currentEnd, track.TemporaryPermitValidUntil);

        track.ExtendPermit(Day.AddDays(300), currentEnd.AddDays(1), Day.AddDays(300));
        Assert.Equal(currentEnd.AddDays(1), track.TemporaryPermitValidUntil);
    }

    [Fact]
    public void A_cannot_cooperate_permit_is_not_extended()
    {
        var track = TrackBuilder.NewTrack().AppliedCannotCooperate(Day).Granted(Day);

        var refusal = Assert.Throws<StepNotAllowedException>(() => track.ExtendPermit(Day.AddDays(300), Day.AddYears(2), Day.AddDays(300)));

        Assert.DoesNotContain(TrackStep.ExtendPermit, refusal.Allowed);
        Assert.Contains(TrackStep.ApplyContinuedResidence, refusal.Allowed);
    }

    [Fact]
    public void A_permit_after_cooperation_is_not_extended_once_the_case_has_ended()
    {
        foreach (var track in new[]
        {
            Permit(Day).Dismissed(Day),
            Permit(Day).Prosecuted(Day).Convicted(Day),
            Permit(Day).Prosecuted(Day).Acquitted(Day),
            Permit(Day).Dismissed(Day).WithdrawalIntended(Day),
        })
        {
            var refusal = Assert.Throws<StepNotAllowedException>(() => track.ExtendPermit(Day.AddDays(300), Day.AddYears(2), Day.AddDays(300)));

            Assert.Equal(TrackStep.ExtendPermit, refusal.Attempted);
            Assert.Equal(Day.AddYears(1), track.TemporaryPermitValidUntil);
        }
    }

    [Fact]
    public void A_permit_after_cooperation_is_extended_while_continued_residence_is_pending_after_the_case_ended()
    {
        var track = Permit(Day).Dismissed(Day.AddDays(100)).AppliedContinued(Day.AddDays(110));

        // Decision: extension allowed while continued residence is pending so the permit does not lapse during the decision.
        track.ExtendPermit(Day.AddDays(300), Day.AddYears(2), Day.AddDays(300));

        Assert.Equal(Day.AddYears(2), track.TemporaryPermitValidUntil);
        Assert.Equal(ResidenceState.ContinuedResidenceApplied, track.ResidenceState);
    }

    // ---------- Bookkeeping ----------

    [Fact]
    public void Every_step_counts()
    {
        var track = TrackBuilder.NewTrack();
        var counts = new List<int> { track.StepCount };

        track.Offered(Day); counts.Add(track.StepCount);
        track.Reported(Day.AddDays(5)); counts.Add(track.StepCount);
        track.AppliedTemporary(Day.AddDays(6)); counts.Add(track.StepCount);
        track.Granted(Day.AddDays(20)); counts.Add(track.StepCount);
        track.Extended(Day.AddDays(300), Day.AddYears(3)); counts.Add(track.StepCount);
        track.Apply(ApplicationKind.Asylum, Day.AddDays(301), false, null, Day.AddDays(301)); counts.Add(track.StepCount);
        track.Dismissed(Day.AddDays(302), complaint: true); counts.Add(track.StepCount);
        track.WithdrawalIntended(Day.AddDays(303)); counts.Add(track.StepCount);
        track.ComplaintDecided(upheld: true, Day.AddDays(304)); counts.Add(track.StepCount);
        track.Convicted(Day.AddDays(305)); counts.Add(track.StepCount);

        Assert.Equal(Enumerable.Range(0, 11), counts);
    }

    [Fact]
    public void A_refused_step_does_not_count()
    {
        var track = TrackBuilder.NewTrack().Reported(Day);

        Assert.Throws<StepNotAllowedException>(() => track.ExtendPermit(Day, Day.AddYears(1), Day));
        Assert.Throws<DomainException>(() => track.RecordProsecutionDecision(ProsecutionDecisionKind.Prosecute, Day.AddDays(-1), false, Day));

        Assert.Equal(1, track.StepCount);
    }

    [Theory]
    [InlineData(ApplicationKind.Asylum)]
    [InlineData(ApplicationKind.RegularOther)]
    public void An_asylum_or_regular_application_is_recorded_as_a_fact_without_moving_the_track(ApplicationKind kind)
    {
        var track = TrackBuilder.NewTrack().Reported(Day).AppliedTemporary(Day);
        var allowed = track.AllowedSteps(Day);

        track.Apply(kind, Day, exOfficio: true, CannotCooperateGround.SeriousThreat, Day);

        Assert.Equal(ResidenceState.TemporaryApplied, track.ResidenceState);
        Assert.Equal(allowed, track.AllowedSteps(Day));
        Assert.Equal(3, track.StepCount);
        var fact = track.Applications[^1];
        Assert.Equal(kind, fact.Kind);
        Assert.False(fact.ExOfficio);
        Assert.Null(fact.Ground);

        // The pending decision is still on the B8.3 application, not on the fact.
        track.Decide(true, Day.AddDays(10), Day.AddDays(10), Day.AddYears(1), Day.AddDays(10));
        Assert.Equal(ResidenceState.TemporaryPermit, track.ResidenceState);
        Assert.True(track.Applications.Single(a => a.Kind == ApplicationKind.TemporaryAfterCooperation).Granted);
        Assert.True(track.Applications.Single(a => a.Kind == kind).IsPending);
    }

    [Fact]
    public void An_asylum_application_is_recorded_on_a_new_track_too()
    {
        var track = TrackBuilder.NewTrack();

        track.Apply(ApplicationKind.Asylum, Day, false, null, Day);

        Assert.Equal(ResidenceState.None, track.ResidenceState);
        Assert.Single(track.Applications);
    }

    [Fact]
    public void A_track_belongs_to_a_signal_or_a_registered_person()
    {
        Assert.Throws<DomainException>(() => ResidenceTrack.Start(null, null, Guid.NewGuid(), NationalityGroup.OutsideEu));

        var victim = Guid.NewGuid();
        var track = ResidenceTrack.Start(Guid.NewGuid(), null, Guid.NewGuid(), NationalityGroup.OutsideEu);
        track.AttachToVictim(victim);
        track.AttachToVictim(victim);
        Assert.Equal(victim, track.VictimId);
        Assert.Throws<DomainException>(() => track.AttachToVictim(Guid.NewGuid()));
    }

    // ---------- Order of recorded rows ----------

    /// <summary>A database returns owned rows in any order (SQL Server sorts v7 Guids by their random tail): simulate that.</summary>
    private static void Shuffle(ResidenceTrack track, string field)
    {
        var list = (System.Collections.IList)typeof(ResidenceTrack).GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(track)!;
        var items = list.Cast<object>().Reverse().ToList();
        list.Clear();
        foreach (var item in items) list.Add(item);
    }

    [Fact]
    public void The_last_decision_is_the_last_recorded_even_when_rows_come_back_in_another_order()
    {
        var track = TrackBuilder.NewTrack().Reported(Day).Prosecuted(Day.AddDays(1)).Dismissed(Day.AddDays(2), complaint: true);
        Shuffle(track, "_decisions");

        track.RecordComplaintOutcome(upheld: true, Day.AddDays(3), Day.AddDays(3));

        Assert.Equal(CaseState.Prosecuting, track.CaseState);
        Assert.Equal([ProsecutionDecisionKind.Prosecute, ProsecutionDecisionKind.Dismissal], track.ProsecutionDecisions.Select(d => d.Kind));
    }

    [Fact]
    public void A_withdrawal_marks_the_current_permit_even_when_rows_come_back_in_another_order()
    {
        var track = Permit(Day).Extended(Day.AddDays(10), Day.AddYears(2)).Dismissed(Day.AddDays(20)).WithdrawalIntended(Day.AddDays(21));
        Shuffle(track, "_applications");

        track.WithdrawPermit(Day.AddDays(22), Day.AddDays(22));

        Assert.Equal(Day.AddDays(22), track.Applications.Single(a => !a.IsExtension).WithdrawnOn);
    }

    [Fact]
    public void A_report_dated_before_the_running_period_started_is_refused()
    {
        var track = TrackBuilder.NewTrack().Offered(Day);

        var refusal = Assert.Throws<DomainException>(() => track.RecordCooperation(CooperationKind.Report, Day.AddDays(-1), "Team", null, Day.AddDays(5)));

        Assert.Equal(ReflectionState.Running, track.ReflectionStateOn(Day.AddDays(5)));
        Assert.Contains("before the start", refusal.Message, StringComparison.Ordinal);
    }
}
