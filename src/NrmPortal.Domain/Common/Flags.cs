namespace NrmPortal.Domain.Common;

/// <summary>
/// Helpers for [Flags] enums that hold a set of choices in one integer column (regions served, target groups):
/// the single choices, a set split into them, and choices combined into a set.
/// </summary>
public static class Flags
{
    public static IReadOnlyList<T> Each<T>() where T : struct, Enum => Cache<T>.Single;

    public static IEnumerable<T> Split<T>(this T set) where T : struct, Enum => Cache<T>.Single.Where(v => set.HasFlag(v));

    public static T Combine<T>(IEnumerable<T> choices) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), choices.Aggregate(0L, (all, choice) => all | Convert.ToInt64(choice, System.Globalization.CultureInfo.InvariantCulture)));

    private static class Cache<T> where T : struct, Enum
    {
        // Single-bit members only: "None" (0) and any combined members are not choices.
        public static readonly T[] Single = Enum.GetValues<T>()
            .Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) is var bits && bits != 0 && (bits & (bits - 1)) == 0)
            .ToArray();
    }
}
