using System.Globalization;
using NrmPortal.Domain.Residence;

namespace NrmPortal.Domain.UnitTests.Residence;

/// <summary>The configurable rules of the track: the length of the reflection period and the checks on the configuration.</summary>
public sealed class ReflectionRulesTests
{
    private static DateOnly Parse(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-01-15", "2025-04-15")] // same day of the month, three months on
    [InlineData("2025-11-30", "2026-02-28")] // 30 February does not exist: the month's last day
    [InlineData("2023-11-30", "2024-02-29")] // … which is the 29th in a leap year
    [InlineData("2027-11-29", "2028-02-29")]
    [InlineData("2025-11-28", "2026-02-28")]
    [InlineData("2025-01-31", "2025-04-30")] // 31 April does not exist
    [InlineData("2025-03-31", "2025-06-30")]
    [InlineData("2025-05-31", "2025-08-31")]
    [InlineData("2024-12-31", "2025-03-31")] // across the year end
    [InlineData("2024-02-29", "2024-05-29")] // from 29 February in a leap year
    [InlineData("2025-02-28", "2025-05-28")] // from the last day of February: not to the last day of May
    public void A_period_of_three_months_ends_on_the_same_day_of_the_month_or_the_months_last_day(string start, string end) =>
        Assert.Equal(Parse(end), new ResidenceRules().ReflectionEnd(Parse(start)));

    [Theory]
    [InlineData(0, 45, "2025-01-15", "2025-03-01")] // the United Kingdom's 45 days
    [InlineData(0, 30, "2025-02-01", "2025-03-03")]
    [InlineData(1, 0, "2025-01-31", "2025-02-28")]
    [InlineData(1, 2, "2025-01-31", "2025-03-02")] // the months first, then the days
    [InlineData(6, 0, "2025-08-31", "2026-02-28")]
    [InlineData(12, 0, "2024-02-29", "2025-02-28")]
    public void A_configured_period_adds_the_months_first_and_then_the_days(int months, int days, string start, string end)
    {
        var rules = new ResidenceRules { ReflectionPeriodMonths = months, ReflectionPeriodDays = days };

        Assert.Equal(Parse(end), rules.ReflectionEnd(Parse(start)));
    }

    [Fact]
    public void The_default_rules_have_no_problems()
    {
        var rules = new ResidenceRules();

        Assert.Empty(rules.Problems());
        Assert.Equal(3, rules.ReflectionPeriodMonths);
        Assert.Equal(0, rules.ReflectionPeriodDays);
        Assert.Equal(84, rules.ShortestReflectionDays);
        Assert.True(rules.ReflectionForEuNationals);
    }

    [Theory]
    [InlineData(1, 0, 28, false)] // one month can be 28 days: shorter than the convention's 30
    [InlineData(1, 1, 29, false)]
    [InlineData(1, 2, 30, true)]
    [InlineData(0, 29, 29, false)]
    [InlineData(0, 30, 30, true)]
    [InlineData(0, 45, 45, true)]
    [InlineData(0, 0, 0, false)]
    [InlineData(2, 0, 56, true)]
    [InlineData(12, 0, 336, true)]
    public void The_period_must_last_at_least_30_days_in_the_shortest_months(int months, int days, int shortest, bool acceptable)
    {
        var rules = new ResidenceRules { ReflectionPeriodMonths = months, ReflectionPeriodDays = days };

        Assert.Equal(shortest, rules.ShortestReflectionDays);
        Assert.Equal(acceptable, rules.Problems().Count == 0);
        if (!acceptable) Assert.Contains(rules.Problems(), p => p.Contains($"{ResidenceRules.MinimumReflectionDays}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1, 100)]
    [InlineData(3, -1)]
    [InlineData(-1, -1)]
    public void A_negative_period_is_a_problem(int months, int days)
    {
        var problems = new ResidenceRules { ReflectionPeriodMonths = months, ReflectionPeriodDays = days }.Problems();

        Assert.Contains("Rules: the reflection period cannot be negative.", problems);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void A_period_of_more_than_twelve_months_is_a_problem(int months, bool acceptable) =>
        Assert.Equal(acceptable, new ResidenceRules { ReflectionPeriodMonths = months }.Problems().Count == 0);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void The_reflection_warning_lies_between_0_and_90_days(int days, bool acceptable) =>
        Assert.Equal(acceptable, new ResidenceRules { ReflectionEndingWarningDays = days }.Problems().Count == 0);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    public void The_permit_expiry_warning_lies_between_0_and_365_days(int days, bool acceptable) =>
        Assert.Equal(acceptable, new ResidenceRules { PermitExpiryWarningDays = days }.Problems().Count == 0);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(260, true)]
    [InlineData(261, false)]
    public void The_continued_residence_decision_term_lies_between_1_and_260_working_days(int days, bool acceptable) =>
        Assert.Equal(acceptable, new ResidenceRules { ContinuedResidenceDecisionWorkingDays = days }.Problems().Count == 0);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void The_triage_term_lies_between_1_and_20_working_days(int days, bool acceptable) =>
        Assert.Equal(acceptable, new ResidenceRules { SignalTriageWorkingDays = days }.Problems().Count == 0);

    [Fact]
    public void Every_problem_is_named()
    {
        var rules = new ResidenceRules
        {
            ReflectionPeriodMonths = 13,
            ReflectionPeriodDays = -1,
            ReflectionEndingWarningDays = 91,
            PermitExpiryWarningDays = -1,
            ContinuedResidenceDecisionWorkingDays = 0,
            SignalTriageWorkingDays = 21,
        };

        Assert.Equal(6, rules.Problems().Count);
    }

    [Theory]
    [InlineData("2025-03-03", "2026-03-03")]
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2024-02-28", "2025-02-28")]
    public void A_cannot_cooperate_permit_ends_one_year_after_it_starts(string from, string until) =>
        Assert.Equal(Parse(until), ResidenceRules.CannotCooperatePermitEnd(Parse(from)));

    [Theory]
    [InlineData("2024-02-29", "2027-02-28")]
    [InlineData("2025-08-31", "2028-08-31")]
    [InlineData("2025-01-01", "2028-01-01")]
    public void The_three_year_point_is_counted_like_a_birthday(string from, string point) =>
        Assert.Equal(Parse(point), ResidenceRules.ThreeYearPoint(Parse(from)));

    [Theory]
    [InlineData("2013-05-31", ResidenceRegulation.B9)]
    [InlineData("2013-06-01", ResidenceRegulation.B8Section3)]
    [InlineData("2008-01-01", ResidenceRegulation.B9)]
    [InlineData("2025-01-01", ResidenceRegulation.B8Section3)]
    public void The_regulation_follows_the_start_of_the_permit(string from, ResidenceRegulation expected) =>
        Assert.Equal(expected, ResidenceRules.RegulationOn(Parse(from)));
}
