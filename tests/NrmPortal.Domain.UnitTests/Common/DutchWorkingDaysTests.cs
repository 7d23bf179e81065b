using System.Globalization;
using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.UnitTests.Common;

public sealed class DutchWorkingDaysTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")] // latest possible
    [InlineData(2008, "2008-03-23")]
    [InlineData(2285, "2285-03-22")] // earliest possible
    [InlineData(2000, "2000-04-23")]
    public void Computes_Easter_Sunday(int year, string easter) =>
        Assert.Equal(D(easter), DutchWorkingDays.EasterSunday(year));

    [Fact]
    public void Lists_the_holidays_of_article_3_in_date_order()
    {
        Assert.Equal(
            [D("2026-01-01"), D("2026-04-03"), D("2026-04-06"), D("2026-04-27"), D("2026-05-05"), D("2026-05-14"), D("2026-05-25"), D("2026-12-25"), D("2026-12-26")],
            DutchWorkingDays.HolidaysIn(2026));
    }

    [Theory]
    [InlineData(2025, "2025-04-26")]
    [InlineData(2031, "2031-04-26")]
    [InlineData(2014, "2014-04-26")] // the first King's Day fell on a Sunday
    [InlineData(2026, "2026-04-27")]
    [InlineData(2013, "2013-04-30")] // Queen's Day before 2014
    [InlineData(2006, "2006-04-29")] // Queen's Day on a Sunday moved to the Saturday
    public void Kings_Day_moves_to_Saturday_when_27_April_is_a_Sunday(int year, string kingsDay)
    {
        var holidays = DutchWorkingDays.HolidaysIn(year);

        Assert.Contains(D(kingsDay), holidays);
        Assert.Single(holidays, h => h.Month == 4 && h.Day is >= 26 and <= 30);
    }

    [Fact]
    public void Liberation_Day_is_a_holiday_every_year_not_only_every_fifth()
    {
        Assert.True(DutchWorkingDays.IsHoliday(D("2026-05-05")));
        Assert.False(DutchWorkingDays.IsWorkingDay(D("2026-05-05"))); // a Tuesday
        Assert.True(DutchWorkingDays.IsHoliday(D("2025-05-05")));
    }

    [Fact]
    public void Ascension_Day_on_Liberation_Day_is_listed_once()
    {
        var holidays = DutchWorkingDays.HolidaysIn(2016);

        Assert.Equal(8, holidays.Count); // nine days, two on one date
        Assert.Single(holidays, h => h == D("2016-05-05"));
    }

    [Fact]
    public void Good_Friday_is_not_a_working_day_because_article_3_paragraph_2_equates_it() =>
        Assert.False(DutchWorkingDays.IsWorkingDay(D("2026-04-03"))); // Good Friday, art. 3(2)

    [Fact]
    public void Christmas_on_a_weekend_is_a_holiday_but_does_not_move()
    {
        // 2027: 25 and 26 December fall on Saturday and Sunday; Monday 27 December is an ordinary working day.
        Assert.True(DutchWorkingDays.IsHoliday(D("2027-12-25")));
        Assert.True(DutchWorkingDays.IsHoliday(D("2027-12-26")));
        Assert.True(DutchWorkingDays.IsWorkingDay(D("2027-12-27")));
        Assert.Equal(1, DutchWorkingDays.WorkingDaysBetween(D("2027-12-24"), D("2027-12-27")));
    }

    [Fact]
    public void Leap_day_2028_is_a_working_day()
    {
        Assert.Equal(DayOfWeek.Tuesday, D("2028-02-29").DayOfWeek);
        Assert.True(DutchWorkingDays.IsWorkingDay(D("2028-02-29")));
        Assert.Equal(D("2028-02-29"), DutchWorkingDays.AddWorkingDays(D("2028-02-28"), 1));
    }

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1 = Monday
    [InlineData("2026-11-21", 1, "2026-11-23")] // Saturday + 1 = Monday
    [InlineData("2026-11-20", 2, "2026-11-24")] // triage deadline of a signal reported on Friday
    [InlineData("2026-04-03", 1, "2026-04-07")] // Good Friday + 1 skips the weekend and Easter Monday
    [InlineData("2026-12-24", 1, "2026-12-28")] // Christmas on Friday and Saturday
    [InlineData("2026-12-31", 1, "2027-01-04")] // New Year's Day on Friday
    [InlineData("2026-12-24", 3, "2026-12-30")]
    [InlineData("2026-11-23", 35, "2027-01-13")] // a decision deadline: seven weeks plus Christmas Day and New Year's Day
    public void Adds_working_days(string start, int days, string expected) =>
        Assert.Equal(D(expected), DutchWorkingDays.AddWorkingDays(D(start), days));

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2026-11-22")] // a Sunday stays a Sunday
    [InlineData("2026-12-25")] // a holiday stays a holiday
    public void Adding_zero_working_days_gives_the_start(string start) =>
        Assert.Equal(D(start), DutchWorkingDays.AddWorkingDays(D(start), 0));

    [Fact]
    public void Negative_working_days_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchWorkingDays.AddWorkingDays(D("2026-11-23"), -1));

    [Theory]
    [InlineData("2026-11-23", "2026-11-23", 0)] // same day
    [InlineData("2026-11-24", "2026-11-23", 0)] // backwards
    [InlineData("2026-11-20", "2026-11-23", 1)] // Friday to Monday: only Monday counts
    [InlineData("2026-11-21", "2026-11-22", 0)] // Saturday to Sunday
    [InlineData("2026-11-22", "2026-11-23", 1)] // Sunday to Monday
    [InlineData("2026-11-23", "2026-11-24", 1)]
    [InlineData("2026-04-02", "2026-04-07", 1)] // neither Good Friday nor Easter Monday counts
    [InlineData("2026-12-24", "2027-01-04", 5)] // 28-31 December and 4 January
    [InlineData("2025-12-31", "2026-12-31", 253)] // a whole year: 261 weekdays less 8 holidays (26 December is a Saturday)
    public void Counts_working_days_after_from_up_to_and_including_to(string from, string to, int expected) =>
        Assert.Equal(expected, DutchWorkingDays.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void Counting_is_the_inverse_of_adding()
    {
        var start = D("2025-12-15");
        for (var days = 0; days <= 60; days++)
        {
            var end = DutchWorkingDays.AddWorkingDays(start, days);

            Assert.Equal(days, DutchWorkingDays.WorkingDaysBetween(start, end));
            if (days > 0) Assert.True(DutchWorkingDays.IsWorkingDay(end));
        }
    }

    [Fact]
    public void Counting_by_arithmetic_matches_counting_day_by_day_over_several_years()
    {
        var from = D("2023-12-29");
        var to = D("2028-01-03");
        var expected = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (DutchWorkingDays.IsWorkingDay(day)) expected++;
        }

        Assert.Equal(expected, DutchWorkingDays.WorkingDaysBetween(from, to));
    }
}
