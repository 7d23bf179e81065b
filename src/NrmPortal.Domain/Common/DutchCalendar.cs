namespace NrmPortal.Domain.Common;

/// <summary>
/// The date in the Netherlands for a UTC moment. Birthdays, "born in the future" and the year of a reference number follow
/// the Dutch calendar day, not the UTC one: between 00:00 and 01:00/02:00 Dutch time the two differ.
/// </summary>
public static class DutchCalendar
{
    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam));

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
