namespace NrmPortal.Domain.Signals;

/// <summary>
/// What the reporter knows of the person, all of it optional: a possible victim often gives no name, or a false one.
/// Either an exact date of birth or an estimated age; the nationality as an ISO 3166 code.
/// </summary>
public sealed record PersonDetails(
    string? Name,
    string? Alias,
    Sex Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAge,
    string? NationalityCode,
    string? Languages,
    int AccompanyingChildren,
    bool? AccompaniedByParentOrGuardian,
    string? Whereabouts)
{
    public const int NameMaxLength = 200;
    public const int LanguagesMaxLength = 200;
    public const int WhereaboutsMaxLength = 500;

    /// <summary>The age on <paramref name="date"/>: from the date of birth when known, otherwise the estimate; null when neither.</summary>
    public int? AgeOn(DateOnly date) => DateOfBirth is { } born ? Age.On(born, date) : EstimatedAge;
}
