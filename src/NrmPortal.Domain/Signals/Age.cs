namespace NrmPortal.Domain.Signals;

/// <summary>
/// The age rules in one place. A person is a minor until their 18th birthday (art. 273f Sr, domain brief §2.3
/// "age thresholds": under 18 no coercion is required; BO and Nidos care stop at 18). Someone born on 29 February turns a
/// year older on 28 February in non-leap years, as Dutch law counts it.
/// </summary>
public static class Age
{
    public const int AdultAge = 18;
    public const int MaximumAge = 120;

    /// <summary>Completed years on <paramref name="date"/> for someone born on <paramref name="dateOfBirth"/>.</summary>
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        if (date < dateOfBirth) throw new ArgumentOutOfRangeException(nameof(date), "The date lies before the date of birth.");
        var years = date.Year - dateOfBirth.Year;
        var birthdayThisYear = dateOfBirth.Month == 2 && dateOfBirth.Day == 29 && !DateTime.IsLeapYear(date.Year)
            ? new DateOnly(date.Year, 2, 28)
            : new DateOnly(date.Year, dateOfBirth.Month, dateOfBirth.Day);
        return date < birthdayThisYear ? years - 1 : years;
    }

    public static bool IsMinor(int age) => age < AdultAge;

    /// <summary>The 18th birthday: the first day as an adult (born 29 February: 28 February, as <see cref="On"/> counts it).</summary>
    public static DateOnly AdultOn(DateOnly dateOfBirth) => dateOfBirth.AddYears(AdultAge);
}
