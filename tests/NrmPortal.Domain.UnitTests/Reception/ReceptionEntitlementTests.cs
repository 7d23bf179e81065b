using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Reception;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.UnitTests.Residence;

namespace NrmPortal.Domain.UnitTests.Reception;

/// <summary>The COA entitlement rule: every basis, every end reason, the edges of the reflection period, and the query form.</summary>
public sealed class ReceptionEntitlementTests
{
    private static readonly DateOnly Start = new(2026, 1, 15); // reflection period 15 January – 15 April

    private static void AssertEntitled(ResidenceTrack track, DateOnly today, EntitlementBasis basis, DateOnly? from, DateOnly? until)
    {
        var e = ReceptionEntitlement.Of(track, today);
        Assert.True(e.IsEntitled, $"expected entitled, got {e.EndReason}");
        Assert.Equal((basis, from, until), (e.Basis!.Value, e.From, e.Until));
        Assert.True(IsEntitledInQuery(track, today));
    }

    private static void AssertEnded(ResidenceTrack track, DateOnly today, EntitlementEndReason reason, DateOnly? endedOn)
    {
        var e = ReceptionEntitlement.Of(track, today);
        Assert.False(e.IsEntitled, $"expected not entitled, got {e.Basis}");
        Assert.Equal((reason, endedOn), (e.EndReason!.Value, e.EndedOn));
        Assert.False(IsEntitledInQuery(track, today));
    }

    private static bool IsEntitledInQuery(ResidenceTrack track, DateOnly today) => ReceptionEntitlement.IsEntitledOn(today).Compile()(track);

    [Fact]
    public void A_running_reflection_period_entitles_until_and_including_its_last_day_not_the_day_after()
    {
        var track = TrackBuilder.NewTrack().Offered(Start);

        AssertEntitled(track, Start, EntitlementBasis.ReflectionPeriod, Start, new DateOnly(2026, 4, 15));
        AssertEntitled(track, new DateOnly(2026, 4, 15), EntitlementBasis.ReflectionPeriod, Start, new DateOnly(2026, 4, 15));
        AssertEnded(track, new DateOnly(2026, 4, 16), EntitlementEndReason.ReflectionEndedWithoutReport, new DateOnly(2026, 4, 15));
    }

    [Fact]
    public void A_reflection_period_ended_early_or_declined_without_a_report_ends_the_entitlement()
    {
        AssertEnded(TrackBuilder.NewTrack().Offered(Start).EndedEarly(Start.AddDays(10)), Start.AddDays(10),
            EntitlementEndReason.ReflectionEndedWithoutReport, Start.AddDays(10));
        AssertEnded(TrackBuilder.NewTrack().Declined(Start), Start, EntitlementEndReason.ReflectionEndedWithoutReport, Start);
    }

    [Fact]
    public void A_report_continues_the_entitlement_from_the_start_of_the_reflection_period_while_the_application_is_pending()
    {
        var reported = TrackBuilder.NewTrack().Offered(Start).Reported(Start.AddDays(20));
        AssertEntitled(reported, Start.AddDays(20), EntitlementBasis.PermitApplied, Start, null);

        var applied = reported.AppliedTemporary(Start.AddDays(20));
        AssertEntitled(applied, Start.AddDays(200), EntitlementBasis.PermitApplied, Start, null);
    }

    [Fact]
    public void A_temporary_permit_entitles_until_its_end_also_while_withdrawal_is_intended_or_continued_residence_applied_for()
    {
        var track = TrackBuilder.NewTrack().Reported(Start).AppliedTemporary(Start).Granted(Start.AddDays(30), new DateOnly(2027, 6, 30));
        AssertEntitled(track, Start.AddDays(40), EntitlementBasis.TemporaryPermit, Start, new DateOnly(2027, 6, 30));

        track.Dismissed(Start.AddDays(50)).WithdrawalIntended(Start.AddDays(60));
        AssertEntitled(track, Start.AddDays(60), EntitlementBasis.WithdrawalIntended, Start, new DateOnly(2027, 6, 30));

        track.AppliedContinued(Start.AddDays(70));
        AssertEntitled(track, Start.AddDays(70), EntitlementBasis.ContinuedResidenceApplied, Start, new DateOnly(2027, 6, 30));
    }

    [Fact]
    public void A_withdrawn_permit_ends_the_entitlement_on_the_day_of_withdrawal()
    {
        var track = TrackBuilder.NewTrack().Reported(Start).AppliedTemporary(Start).Granted(Start.AddDays(30))
            .Dismissed(Start.AddDays(50)).WithdrawalIntended(Start.AddDays(60)).Withdrawn(Start.AddDays(90));

        AssertEnded(track, Start.AddDays(90), EntitlementEndReason.PermitWithdrawn, Start.AddDays(90));
    }

    [Fact]
    public void A_refused_permit_ends_the_entitlement_and_a_non_temporary_permit_hands_over_to_regular_benefits()
    {
        AssertEnded(TrackBuilder.NewTrack().Reported(Start).AppliedTemporary(Start).Refused(Start.AddDays(30)), Start.AddDays(30),
            EntitlementEndReason.PermitRefused, Start.AddDays(30));

        var continued = TrackBuilder.NewTrack().Reported(Start).AppliedTemporary(Start).Granted(Start.AddDays(30))
            .Prosecuted(Start.AddDays(90)).Convicted(Start.AddDays(100)).AppliedContinued(Start.AddDays(110)).Granted(Start.AddDays(140));
        AssertEnded(continued, Start.AddDays(140), EntitlementEndReason.NonTemporaryPermit, Start.AddDays(140));
    }

    [Fact]
    public void A_cannot_cooperate_permit_entitles_from_its_application()
    {
        var track = TrackBuilder.NewTrack().AppliedCannotCooperate(Start);
        AssertEntitled(track, Start, EntitlementBasis.PermitApplied, Start, null);
        track.Granted(Start.AddDays(10));
        AssertEntitled(track, Start.AddDays(10), EntitlementBasis.TemporaryPermit, Start, Start.AddDays(10).AddYears(1));
    }

    [Fact]
    public void A_Dutch_national_is_never_entitled_and_an_empty_track_gives_no_basis()
    {
        var dutch = TrackBuilder.NewTrack(NationalityGroup.Dutch).Reported(Start).AppliedTemporary(Start);
        AssertEnded(dutch, Start, EntitlementEndReason.DutchNational, null);
        AssertEnded(TrackBuilder.NewTrack(), Start, EntitlementEndReason.NoBasis, null);
    }

    [Fact]
    public void An_EU_national_or_unknown_nationality_is_entitled_like_anyone_foreign()
    {
        AssertEntitled(TrackBuilder.NewTrack(NationalityGroup.Eu).Offered(Start), Start, EntitlementBasis.ReflectionPeriod, Start, new DateOnly(2026, 4, 15));
        AssertEntitled(TrackBuilder.NewTrack(NationalityGroup.Unknown).Offered(Start), Start, EntitlementBasis.ReflectionPeriod, Start, new DateOnly(2026, 4, 15));
    }

    [Theory]
    [InlineData("2008-12-23", "2026-12-23")]
    [InlineData("2008-02-29", "2026-02-28")] // born on 29 February: 18 on 28 February in a non-leap year
    [InlineData("2012-02-29", "2030-02-28")] // 18 years after a leap year is never one
    public void A_minor_turns_18_on_the_18th_birthday(string born, string turns18)
    {
        var birth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture);
        var adult = Age.AdultOn(birth);
        Assert.Equal(DateOnly.Parse(turns18, System.Globalization.CultureInfo.InvariantCulture), adult);
        Assert.Equal(17, Age.On(birth, adult.AddDays(-1)));
        Assert.Equal(18, Age.On(birth, adult));
        var (from, until) = DeadlineRules.BirthDatesTurningAdultBetween(adult, adult);
        Assert.InRange(birth, from, until);
    }

    [Fact]
    public void Every_deadline_rule_has_roles_a_source_and_a_setting()
    {
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            var rule = Assert.Single(DeadlineRules.All, r => r.Kind == kind);
            Assert.NotEmpty(rule.Roles);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source));
            Assert.False(string.IsNullOrWhiteSpace(rule.Setting));
        }
    }
}
