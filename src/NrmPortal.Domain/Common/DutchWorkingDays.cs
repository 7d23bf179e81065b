using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace NrmPortal.Domain.Common;

/// <summary>
/// Dutch working days for deadline rules ("not triaged within two working days"). A working day is Monday to Friday and not
/// a generally recognised holiday of the Algemene termijnenwet art. 3(1), or Good Friday, which art. 3(2) equates with them:
/// the statutory list Dutch authorities count deadlines by.
/// </summary>
/// <remarks>
/// Days equated by royal decree under art. 3(3) (such as the Friday after Ascension Day) are set every few years and cannot
/// be derived, so they count as working days. King's Day follows the rule in force since 2014; earlier years use Queen's Day
/// (30 April, 29 April when that is a Sunday), the rule under Queen Beatrix. Older rules are not modelled.
/// </remarks>
public static class DutchWorkingDays
{
    // At most eight dates a year, computed once per year: holiday checks in deadline loops must not recompute Easter.
    private static readonly ConcurrentDictionary<int, ReadOnlyCollection<DateOnly>> Cache = new();

    /// <summary>The generally recognised holidays (art. 3(1) and (2) Atw) of a year, in date order, weekend days included.</summary>
    public static IReadOnlyList<DateOnly> HolidaysIn(int year) => For(year);

    public static bool IsHoliday(DateOnly date) => For(date.Year).Contains(date);

    public static bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !IsHoliday(date);

    /// <summary>
    /// The date on which <paramref name="days"/> full working days after <paramref name="start"/> have passed: counting starts the
    /// day after <paramref name="start"/>, so a signal reported on Friday with two working days is due on Tuesday. Zero days gives
    /// <paramref name="start"/> itself.
    /// </summary>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) days--;
        }
        return date;
    }

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/>: how many working days a case has
    /// waited. Zero when <paramref name="to"/> is not after <paramref name="from"/>. The inverse of <see cref="AddWorkingDays"/>.
    /// </summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to <= from) return 0;

        // Weekdays by arithmetic (a range may span years), then subtract the holidays that fall on a weekday.
        var span = to.DayNumber - from.DayNumber;
        var count = span / 7 * 5;
        for (var day = from.DayNumber + (span / 7 * 7) + 1; day <= to.DayNumber; day++)
        {
            if (!IsWeekend(DateOnly.FromDayNumber(day))) count++;
        }

        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var holiday in For(year))
            {
                if (holiday > from && holiday <= to && !IsWeekend(holiday)) count--;
            }
        }
        return count;
    }

    /// <summary>Easter Sunday (Gregorian) by the anonymous Meeus/Jones/Butcher algorithm; the moving holidays hang off it.</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static ReadOnlyCollection<DateOnly> For(int year) => Cache.GetOrAdd(year, static y => Compute(y));

    private static ReadOnlyCollection<DateOnly> Compute(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new SortedSet<DateOnly>
        {
            new(year, 1, 1),        // Nieuwjaarsdag
            easter.AddDays(-2),     // Goede Vrijdag, equated by art. 3(2)
            easter.AddDays(1),      // tweede Paasdag
            RoyalBirthday(year),    // Koningsdag (Koninginnedag before 2014)
            new(year, 5, 5),        // de vijfde mei: every year, not only every fifth
            easter.AddDays(39),     // Hemelvaartsdag; may fall on 5 May (2016), hence the set
            easter.AddDays(50),     // tweede Pinksterdag
            new(year, 12, 25),      // beide Kerstdagen
            new(year, 12, 26),
        };
        return Array.AsReadOnly([.. holidays]);
    }

    // Since 2014 King's Day is 27 April, moved to the Saturday before when it is a Sunday; Queen's Day was 30 April, likewise.
    private static DateOnly RoyalBirthday(int year)
    {
        var date = year >= 2014 ? new DateOnly(year, 4, 27) : new DateOnly(year, 4, 30);
        return date.DayOfWeek == DayOfWeek.Sunday ? date.AddDays(-1) : date;
    }
}
