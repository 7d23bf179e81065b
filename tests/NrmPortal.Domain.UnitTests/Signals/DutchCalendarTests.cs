using NrmPortal.Domain.Common;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Signals;

public sealed class DutchCalendarTests
{
    [Theory]
    [InlineData("2026-11-22T23:30:00Z", "2026-11-23")] // winter: UTC+1
    [InlineData("2026-07-01T22:30:00Z", "2026-07-02")] // summer: UTC+2
    [InlineData("2026-12-31T23:30:00Z", "2027-01-01")] // new year in the Netherlands, not yet in UTC
    [InlineData("2026-11-23T10:00:00Z", "2026-11-23")]
    public void Gives_the_date_in_the_Netherlands(string utc, string dutchDate) =>
        Assert.Equal(DateOnly.Parse(dutchDate, System.Globalization.CultureInfo.InvariantCulture),
            DutchCalendar.DateOf(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Theory]
    [InlineData("2026-11-23", "2026-11-22T23:00:00Z")]
    [InlineData("2026-07-02", "2026-07-01T22:00:00Z")]
    public void A_Dutch_day_starts_at_Dutch_midnight_in_UTC(string date, string utc)
    {
        var start = DutchCalendar.StartOfDayUtc(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), start);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DutchCalendar.DateOf(start));
    }

    [Fact]
    public void An_eighteenth_birthday_starts_at_Dutch_midnight()
    {
        var reportedAt = new DateTime(2026, 11, 22, 23, 30, 0, DateTimeKind.Utc); // 23 November 00:30 in the Netherlands
        var person = new PersonDetails("X", null, Sex.Female, new DateOnly(2008, 11, 23), null, "NL", null, 0, null, null);

        var signal = Signal.Register("SIG-2026-000001", reportedAt, new Reporter(Guid.NewGuid(), Guid.NewGuid(), OrganisationType.Police),
            MeetingContext.PoliceControl, Regions.Amsterdam, 1, ["CC-01"], ExploitationForms.Sexual, person, false, null, null);

        Assert.Equal(18, signal.AgeAtReport);
        Assert.False(signal.IsMinor);
    }
}
