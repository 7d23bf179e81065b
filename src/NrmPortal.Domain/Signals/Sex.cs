namespace NrmPortal.Domain.Signals;

/// <summary>Sex as recorded in the statistics (vrouwelijk/mannelijk), with room for "other" and "unknown".</summary>
public enum Sex
{
    Unknown,
    Female,
    Male,
    Other,
}
