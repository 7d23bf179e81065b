using Microsoft.Extensions.Time.Testing;
using NrmPortal.Domain.Residence;

namespace NrmPortal.Domain.UnitTests.Residence;

/// <summary>
/// Eligibility for the non-temporary humanitarian permit (Vb art. 3.51(1)(h), Vc B9/9) at the edges of its dates. The
/// days are read from a <see cref="FakeTimeProvider"/> that the tests move on one day at a time.
/// </summary>
public sealed class NonTemporaryGroundsTests
{
    /// <summary>The first permit; three years later is the three-year point.</summary>
    private static readonly DateOnly PermitFrom = new(2022, 3, 1);
    private static readonly DateOnly Point = new(2025, 3, 1);
    private static readonly DateOnly Reported = new(2022, 2, 1);
    /// <summary>Every step is recorded as if on this day, after all the dates used.</summary>
    private static readonly DateOnly Later = new(2026, 12, 1);

    private static FakeTimeProvider ClockOn(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A permit after cooperation from <see cref="PermitFrom"/>, extended to well after the three-year point.</summary>
    private static ResidenceTrack PermitHolder()
    {
        var track = TrackBuilder.NewTrack().Reported(Reported).AppliedTemporary(Reported);
        track.Decide(true, PermitFrom, PermitFrom, PermitFrom.AddYears(1), Later);
        track.ExtendPermit(PermitFrom.AddDays(300), PermitFrom.AddYears(5), Later);
        return track;
    }

    private static void Record(ResidenceTrack track, ProsecutionDecisionKind kind, DateOnly on) =>
        track.RecordProsecutionDecision(kind, on, complaintFiled: false, Later);

    [Fact]
    public void The_three_year_point_of_the_test_track()
    {
        var track = PermitHolder();

        Assert.Equal(Point, track.ThreeYearPointOn);
        Assert.Empty(track.NonTemporaryGroundsOn(Point.AddDays(-1)));
    }

    [Fact]
    public void A_conviction_before_the_three_years_qualifies_on_its_own()
    {
        var track = PermitHolder();
        Record(track, ProsecutionDecisionKind.Prosecute, new DateOnly(2023, 1, 10));
        Record(track, ProsecutionDecisionKind.Conviction, new DateOnly(2024, 5, 1));

        // Decision: a Conviction step records an irrevocable conviction; appeals are outside the portal.
        Assert.Equal([NonTemporaryGround.IrrevocableConviction], track.NonTemporaryGroundsOn(new DateOnly(2024, 5, 1)));
    }

    [Theory]
    [InlineData(ProsecutionDecisionKind.Conviction, 0, new[] { NonTemporaryGround.IrrevocableConviction, NonTemporaryGround.ThreeYearsAtRuling })]
    [InlineData(ProsecutionDecisionKind.Conviction, -1, new[] { NonTemporaryGround.IrrevocableConviction })]
    [InlineData(ProsecutionDecisionKind.Conviction, 1, new[] { NonTemporaryGround.IrrevocableConviction, NonTemporaryGround.ThreeYearsAtRuling })]
    [InlineData(ProsecutionDecisionKind.Acquittal, 0, new[] { NonTemporaryGround.ThreeYearsAtRuling })]
    [InlineData(ProsecutionDecisionKind.Acquittal, -1, new NonTemporaryGround[0])]
    [InlineData(ProsecutionDecisionKind.Acquittal, 1, new[] { NonTemporaryGround.ThreeYearsAtRuling })]
    public void A_ruling_on_or_after_the_three_year_point_qualifies(ProsecutionDecisionKind ruling, int daysFromPoint, NonTemporaryGround[] expected)
    {
        var track = PermitHolder();
        var rulingOn = Point.AddDays(daysFromPoint);
        Record(track, ProsecutionDecisionKind.Prosecute, new DateOnly(2023, 1, 10));
        Record(track, ruling, rulingOn);

        Assert.Equal(expected, track.NonTemporaryGroundsOn(rulingOn));
        Assert.Equal(expected, track.NonTemporaryGroundsOn(Later)); // the ruling's date decides, not today
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_case_still_pending_qualifies_from_the_three_year_point(bool prosecuting)
    {
        var track = PermitHolder();
        if (prosecuting) Record(track, ProsecutionDecisionKind.Prosecute, new DateOnly(2023, 1, 10));
        var clock = ClockOn(Point.AddDays(-1));

        Assert.Empty(track.NonTemporaryGroundsOn(Today(clock)));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(Point, Today(clock));
        Assert.Equal([NonTemporaryGround.CasePendingAfterThreeYears], track.NonTemporaryGroundsOn(Today(clock)));

        clock.Advance(TimeSpan.FromDays(400));
        Assert.Equal([NonTemporaryGround.CasePendingAfterThreeYears], track.NonTemporaryGroundsOn(Today(clock)));
    }

    [Fact]
    public void A_dismissed_case_does_not_qualify_after_three_years()
    {
        var track = PermitHolder();
        Record(track, ProsecutionDecisionKind.Dismissal, new DateOnly(2024, 1, 10));

        Assert.Empty(track.NonTemporaryGroundsOn(Point.AddYears(1)));
    }

    [Fact]
    public void A_cannot_cooperate_permit_qualifies_when_its_year_has_ended()
    {
        var track = TrackBuilder.NewTrack().AppliedCannotCooperate(new DateOnly(2024, 2, 29));
        track.Decide(true, new DateOnly(2024, 3, 10), new DateOnly(2024, 3, 10), null, new DateOnly(2024, 3, 10));
        var validUntil = track.TemporaryPermitValidUntil!.Value;
        Assert.Equal(new DateOnly(2025, 3, 10), validUntil);
        var clock = ClockOn(validUntil.AddDays(-1));

        Assert.Empty(track.NonTemporaryGroundsOn(Today(clock)));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([NonTemporaryGround.CannotCooperateYearEnded], track.NonTemporaryGroundsOn(Today(clock)));
    }

    [Fact]
    public void A_cannot_cooperate_permit_from_29_February_qualifies_on_28_February()
    {
        var from = new DateOnly(2024, 2, 29);
        var track = TrackBuilder.NewTrack().AppliedCannotCooperate(from).Granted(from);
        var clock = ClockOn(new DateOnly(2025, 2, 27));

        Assert.Empty(track.NonTemporaryGroundsOn(Today(clock)));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([NonTemporaryGround.CannotCooperateYearEnded], track.NonTemporaryGroundsOn(Today(clock)));
    }

    [Fact]
    public void Grounds_add_up()
    {
        var track = TrackBuilder.NewTrack().AppliedCannotCooperate(PermitFrom).Granted(PermitFrom);
        track.RecordCooperation(CooperationKind.Report, new DateOnly(2022, 6, 1), "AVIM", null, Later);

        Assert.Equal([NonTemporaryGround.CasePendingAfterThreeYears, NonTemporaryGround.CannotCooperateYearEnded], track.NonTemporaryGroundsOn(Point));
    }

    [Fact]
    public void No_grounds_once_the_non_temporary_permit_is_granted()
    {
        var track = PermitHolder();
        Record(track, ProsecutionDecisionKind.Prosecute, new DateOnly(2023, 1, 10));
        Record(track, ProsecutionDecisionKind.Conviction, Point);
        Assert.NotEmpty(track.NonTemporaryGroundsOn(Point));

        track.Apply(ApplicationKind.NonTemporaryHumanitarian, Point.AddDays(10), false, null, Later);
        Assert.NotEmpty(track.NonTemporaryGroundsOn(Point.AddDays(10))); // still undecided
        track.Decide(true, Point.AddDays(60), Point.AddDays(60), null, Later);

        Assert.Equal(ResidenceState.NonTemporaryPermit, track.ResidenceState);
        Assert.Empty(track.NonTemporaryGroundsOn(Point.AddDays(60)));
        Assert.Empty(track.NonTemporaryGroundsOn(Later));
    }

    [Fact]
    public void A_conviction_without_a_permit_ever_granted_gives_no_ground()
    {
        var refused = TrackBuilder.NewTrack().Reported(Reported).AppliedTemporary(Reported).Refused(PermitFrom).Prosecuted(PermitFrom).Convicted(Point);
        var pending = TrackBuilder.NewTrack().Reported(Reported).Prosecuted(Reported).AppliedTemporary(PermitFrom).Convicted(Point);

        // Rule: grounds only while the person holds a temporary permit (TemporaryPermit, WithdrawalIntended, ContinuedResidenceApplied).
        Assert.Equal(ResidenceState.TemporaryRefused, refused.ResidenceState);
        Assert.Equal(ResidenceState.TemporaryApplied, pending.ResidenceState);
        Assert.Empty(refused.NonTemporaryGroundsOn(Later));
        Assert.Empty(pending.NonTemporaryGroundsOn(Later));
        Assert.False(refused.IsAllowed(TrackStep.ApplyContinuedResidence, Later));
    }

    [Fact]
    public void Grounds_stay_while_the_withdrawal_is_intended_and_while_continued_residence_is_pending()
    {
        var track = PermitHolder();
        Record(track, ProsecutionDecisionKind.Prosecute, new DateOnly(2023, 1, 10));
        Record(track, ProsecutionDecisionKind.Acquittal, Point);
        track.IntendWithdrawal(Point.AddDays(10), Later);
        Assert.Equal(ResidenceState.WithdrawalIntended, track.ResidenceState);
        Assert.Equal([NonTemporaryGround.ThreeYearsAtRuling], track.NonTemporaryGroundsOn(Point.AddDays(10)));

        track.Apply(ApplicationKind.NonTemporaryHumanitarian, Point.AddDays(20), false, null, Later);

        Assert.Equal(ResidenceState.ContinuedResidenceApplied, track.ResidenceState);
        Assert.Equal([NonTemporaryGround.ThreeYearsAtRuling], track.NonTemporaryGroundsOn(Point.AddDays(20)));
    }

    [Fact]
    public void After_a_withdrawal_and_a_new_permit_a_pending_case_qualifies_three_years_after_the_new_permit()
    {
        var track = PermitHolder();
        track.RecordProsecutionDecision(ProsecutionDecisionKind.Dismissal, new DateOnly(2023, 1, 10), complaintFiled: true, Later);
        track.IntendWithdrawal(new DateOnly(2023, 2, 1), Later);
        track.WithdrawPermit(new DateOnly(2023, 3, 1), Later);
        track.RecordComplaintOutcome(upheld: true, new DateOnly(2023, 6, 1), Later);
        track.Apply(ApplicationKind.TemporaryAfterCooperation, new DateOnly(2023, 6, 2), false, null, Later);
        var newPermitFrom = new DateOnly(2023, 7, 1);
        track.Decide(true, newPermitFrom, newPermitFrom, newPermitFrom.AddYears(1), Later);
        track.ExtendPermit(newPermitFrom.AddDays(300), newPermitFrom.AddYears(5), Later);

        // Rule: a withdrawal restarts the three-year count; the months before it do not count.
        var newPoint = new DateOnly(2026, 7, 1);
        Assert.Equal(newPoint, track.ThreeYearPointOn);
        Assert.Equal(CaseState.Prosecuting, track.CaseState);
        Assert.Empty(track.NonTemporaryGroundsOn(Point));
        Assert.Empty(track.NonTemporaryGroundsOn(newPoint.AddDays(-1)));
        Assert.Equal([NonTemporaryGround.CasePendingAfterThreeYears], track.NonTemporaryGroundsOn(newPoint));
    }

    [Fact]
    public void No_grounds_without_a_permit_or_after_a_withdrawal()
    {
        var noPermit = TrackBuilder.NewTrack().Reported(Reported).Prosecuted(Reported).Convicted(Point);
        Assert.Empty(noPermit.NonTemporaryGroundsOn(Later));

        var withdrawn = PermitHolder();
        Record(withdrawn, ProsecutionDecisionKind.Dismissal, new DateOnly(2023, 1, 10));
        withdrawn.IntendWithdrawal(new DateOnly(2023, 2, 1), Later);
        withdrawn.WithdrawPermit(new DateOnly(2023, 3, 1), Later);
        Assert.Empty(withdrawn.NonTemporaryGroundsOn(Later));
    }
}
