namespace NrmPortal.Domain.Common;

/// <summary>
/// The date in the Netherlands for a UTC moment. Birthdays, "born in the future" and the year of a reference number follow
/// the Dutch calendar day, not the UTC one: between 00:00 and 01:00/02:00 Dutch time the two differ.
/// </summary>
public static class DutchCalendar
{
    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToDutchTime(utc));

    /// <summary>The wall-clock time in the Netherlands, for showing a stored UTC moment (never the server's own time zone).</summary>
    public static DateTime ToDutchTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);

    /// <summary>The UTC moment at which a Dutch calendar day begins: the lower bound of a date filter.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Amsterdam);

    private static TimeZoneInfo FindAmsterdam()
    {
        // IANA id on Linux and current Windows; the Windows id as a fallback. Without time-zone data, UTC is the honest answer.
        foreach (var id in new[] { "Europe/Amsterdam", "W. Europe Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        }
        return TimeZoneInfo.Utc;
    }
}
