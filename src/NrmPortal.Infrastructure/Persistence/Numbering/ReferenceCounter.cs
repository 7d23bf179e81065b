namespace NrmPortal.Infrastructure.Persistence.Numbering;

/// <summary>The last number handed out in a series and year. Not a domain entity: a database counter.</summary>
public sealed class ReferenceCounter(string series, int year, long lastValue)
{
    public string Series { get; private set; } = series;
    public int Year { get; private set; } = year;
    public long LastValue { get; private set; } = lastValue;
}
