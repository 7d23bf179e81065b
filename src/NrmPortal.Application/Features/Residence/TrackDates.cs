using FluentValidation;

namespace NrmPortal.Application.Features.Residence;

/// <summary>
/// Dates on a track lie in a plausible range. Beyond it a typing error (year 9999) would make the permit and deadline
/// arithmetic overflow instead of giving the user a message.
/// </summary>
public static class TrackDates
{
    public const string OutOfRange = "Enter a date between 1 January 2000 and 31 December 2100.";

    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static IRuleBuilderOptions<T, DateOnly?> Plausible<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(date => date is null || (date >= Earliest && date <= Latest)).WithMessage(OutOfRange);
}
