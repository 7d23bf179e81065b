using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.UnitTests.Signals;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2008-11-23", "2026-11-22", 17)] // the day before the 18th birthday: still a minor
    [InlineData("2008-11-23", "2026-11-23", 18)] // on the 18th birthday: an adult
    [InlineData("2008-11-23", "2026-11-24", 18)]
    [InlineData("2000-01-01", "2000-01-01", 0)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)] // born on 29 February: a year older on 28 February in non-leap years
    [InlineData("2008-02-29", "2028-02-28", 19)] // … and on 29 February in leap years
    [InlineData("2008-02-29", "2028-02-29", 20)]
    public void Counts_completed_years(string born, string on, int expected) =>
        Assert.Equal(expected, Age.On(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    [InlineData(0, true)]
    public void A_minor_is_younger_than_eighteen(int age, bool minor) => Assert.Equal(minor, Age.IsMinor(age));

    [Fact]
    public void Refuses_a_date_before_the_birth() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Age.On(new DateOnly(2020, 5, 2), new DateOnly(2020, 5, 1)));
}
