namespace NrmPortal.Domain.Organisations;

/// <summary>
/// The ten regional units of the Nationale Politie plus the national level (domain brief §1.1), used for "regions served".
/// A flags value so that one integer column holds the set and "serves region X" is a single bitwise filter on both providers.
/// </summary>
[Flags]
public enum Regions
{
    None = 0,
    NoordNederland = 1 << 0,
    OostNederland = 1 << 1,
    MiddenNederland = 1 << 2,
    NoordHolland = 1 << 3,
    Amsterdam = 1 << 4,
    DenHaag = 1 << 5,
    Rotterdam = 1 << 6,
    ZeelandWestBrabant = 1 << 7,
    OostBrabant = 1 << 8,
    Limburg = 1 << 9,
    National = 1 << 10,
}
