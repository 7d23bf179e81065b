using NrmPortal.Domain.Common;

namespace NrmPortal.Domain.Signals;

/// <summary>
/// One published version of the single indicator list with its handling instruction (domain brief §6.2). Versions are
/// never edited once published; a signal keeps the number of the version it was reported with.
/// </summary>
public sealed class IndicatorListVersion
{
    public const int CodeMaxLength = 10;
    public const int TextMaxLength = 500;
    public const int InstructionMaxLength = 4000;

    private readonly List<Indicator> _indicators = [];

    private IndicatorListVersion() { } // for EF Core

    public Guid Id { get; private set; }
    public int Number { get; private set; }
    public DateTime PublishedAtUtc { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public string HandlingInstructionEn { get; private set; } = "";
    public string HandlingInstructionNl { get; private set; } = "";
    public IReadOnlyCollection<Indicator> Indicators => _indicators.AsReadOnly();

    public static IndicatorListVersion Publish(int number, DateTime publishedAtUtc, Guid? publishedBy, string handlingInstructionEn,
        string handlingInstructionNl, IEnumerable<IndicatorDefinition> indicators)
    {
        var list = indicators.ToList();
        if (number < 1) throw new DomainException("Version numbers start at 1.");
        if (list.Count == 0) throw new DomainException("An indicator list needs at least one indicator.");
        if (list.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != list.Count) throw new DomainException("Indicator codes must be unique.");
        var version = new IndicatorListVersion
        {
            Id = Guid.CreateVersion7(),
            Number = number,
            PublishedAtUtc = publishedAtUtc,
            PublishedBy = publishedBy,
            HandlingInstructionEn = handlingInstructionEn,
            HandlingInstructionNl = handlingInstructionNl,
        };
        version._indicators.AddRange(list.Select(d => new Indicator(d.Code, d.Category, d.TextEn, d.TextNl, d.PointsTo, d.ConcernsMinors)));
        return version;
    }
}

/// <summary>An indicator as stored in a published version.</summary>
public sealed record Indicator(string Code, IndicatorCategory Category, string TextEn, string TextNl, ExploitationForms PointsTo, bool ConcernsMinors);
