using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.Residence;

/// <summary>
/// Every rule of the reflection and B8.3 residence track in one place: the configurable values (section "Rules") and the
/// values fixed by law. The state machine, the deadline engine and the public pages all read their durations from here.
/// Sources are in docs/domain.md.
/// </summary>
public sealed class ResidenceRules
{
    public const string SectionName = "Rules";

    /// <summary>Council of Europe Convention on Action against Trafficking (CETS 197) art. 13: at least 30 days.</summary>
    public const int MinimumReflectionDays = 30;

    /// <summary>The shortest calendar month: a period of N months can be as short as this many days per month.</summary>
    private const int ShortestMonthDays = 28;

    /// <summary>"Cannot cooperate" permit: one year (Vc B8/3.1; brief §2.2 S4b).</summary>
    public const int CannotCooperatePermitYears = 1;

    /// <summary>Non-temporary humanitarian permit: three years on a B8.3 permit (Vb art. 3.51(1)(h); Vc B9/9; brief §2.2 S5b).</summary>
    public const int NonTemporaryQualifyingYears = 3;

    /// <summary>The Modern Migration Policy Act renamed B9 to B8/3 on 1 June 2013 (brief §2.3; one footnote says 1 July).</summary>
    public static readonly DateOnly B8Section3Since = new(2013, 6, 1);

    /// <summary>Length of the reflection period: months, then days (default three months, Vc B8/3.1).</summary>
    public int ReflectionPeriodMonths { get; set; } = 3;
    public int ReflectionPeriodDays { get; set; }

    /// <summary>Whether EU nationals may get a reflection period (yes since the 2013 Vc change; brief §2.4 says policy may close it).</summary>
    public bool ReflectionForEuNationals { get; set; } = true;

    /// <summary>Deadline warnings: how many days ahead an ending reflection period or expiring permit appears on the dashboard.</summary>
    public int ReflectionEndingWarningDays { get; set; } = 14;
    public int PermitExpiryWarningDays { get; set; } = 30;

    /// <summary>The IND decides on continued residence within this many working days (pilot target, brief §2.3).</summary>
    public int ContinuedResidenceDecisionWorkingDays { get; set; } = 35;

    /// <summary>CoMensha triages a signal within this many working days.</summary>
    public int SignalTriageWorkingDays { get; set; } = 2;

    /// <summary>Problems with this configuration; the portal refuses to start with any.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (ReflectionPeriodMonths < 0 || ReflectionPeriodDays < 0) problems.Add("Rules: the reflection period cannot be negative.");
        else if (ShortestReflectionDays < MinimumReflectionDays)
            problems.Add($"Rules: the reflection period can be as short as {ShortestReflectionDays} days; the Council of Europe convention requires at least {MinimumReflectionDays}.");
        if (ReflectionPeriodMonths > 12) problems.Add("Rules: a reflection period longer than twelve months is not a reflection period.");
        if (ReflectionEndingWarningDays is < 0 or > 90) problems.Add("Rules: ReflectionEndingWarningDays must be between 0 and 90.");
        if (PermitExpiryWarningDays is < 0 or > 365) problems.Add("Rules: PermitExpiryWarningDays must be between 0 and 365.");
        if (ContinuedResidenceDecisionWorkingDays is < 1 or > 260) problems.Add("Rules: ContinuedResidenceDecisionWorkingDays must be between 1 and 260.");
        if (SignalTriageWorkingDays is < 1 or > 20) problems.Add("Rules: SignalTriageWorkingDays must be between 1 and 20.");
        return problems;
    }

    /// <summary>The fewest days the configured period can last, whatever month it starts in.</summary>
    public int ShortestReflectionDays => ReflectionPeriodMonths * ShortestMonthDays + ReflectionPeriodDays;

    /// <summary>
    /// The last day of a reflection period that starts on <paramref name="start"/>. A period of months ends on the same day
    /// of the month, or the month's last day where that day does not exist (Regulation 1182/71 art. 3(2)(c), which the
    /// Algemene termijnenwet follows): 15 January → 15 April; 30 November → 28 February (29 in a leap year).
    /// </summary>
    public DateOnly ReflectionEnd(DateOnly start) => start.AddMonths(ReflectionPeriodMonths).AddDays(ReflectionPeriodDays);

    /// <summary>The end of a "cannot cooperate" permit: one year from its start (29 February → 28 February).</summary>
    public static DateOnly CannotCooperatePermitEnd(DateOnly validFrom) => validFrom.AddYears(CannotCooperatePermitYears);

    /// <summary>
    /// The day someone has held a B8.3 permit for three years. Counted like birthdays (see Age): a permit from 29 February
    /// reaches three years on 28 February.
    /// </summary>
    public static DateOnly ThreeYearPoint(DateOnly firstPermitFrom) => firstPermitFrom.AddYears(NonTemporaryQualifyingYears);

    public static ResidenceRegulation RegulationOn(DateOnly validFrom) =>
        validFrom < B8Section3Since ? ResidenceRegulation.B9 : ResidenceRegulation.B8Section3;

    /// <summary>Why a reflection period cannot be offered to someone of this nationality group, or null when it can.</summary>
    public string? ReflectionRefusalFor(NationalityGroup nationality) => nationality switch
    {
        NationalityGroup.Dutch => DutchNationalNotEligible,
        NationalityGroup.Eu when !ReflectionForEuNationals => EuNationalNotEligible,
        _ => null,
    };

    public const string DutchNationalNotEligible =
        "A reflection period does not apply to a Dutch national: it is a right of foreign nationals under the Aliens Act (art. 8(l) Vw). Report the person to CoMensha; care and shelter remain available.";

    public const string EuNationalNotEligible =
        "Under the current policy setting EU nationals do not get a reflection period. Report the person to CoMensha; care and shelter remain available.";
}
