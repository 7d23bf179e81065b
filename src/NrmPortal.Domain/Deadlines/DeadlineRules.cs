using NrmPortal.Domain.Common;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;

namespace NrmPortal.Domain.Deadlines;

/// <summary>The deadlines the portal watches; <see cref="DeadlineRules.All"/> describes each with its source and setting.</summary>
public enum DeadlineKind
{
    ReflectionPeriodEnding,
    ApplicationToRecord,
    PermitExpiring,
    CannotCooperatePermitEnding,
    ThreeYearPointReached,
    ContinuedResidenceDecisionOverdue,
    SignalNotTriaged,
    ReceptionEntitlementEnded,
    MinorTurns18,
}

/// <summary>One deadline rule as data: who must act, the legal or policy source, and the setting that tunes it.</summary>
public sealed record DeadlineRule(DeadlineKind Kind, IReadOnlyList<string> Roles, string Source, string Setting);

/// <summary>
/// The deadline engine's rules, as data. Dashboards, reminder mails, the timeline and docs/domain.md all read this table;
/// the date arithmetic lives with the rules it follows (<see cref="ResidenceRules"/>, <see cref="DutchWorkingDays"/>).
/// </summary>
public static class DeadlineRules
{
    public static readonly IReadOnlyList<DeadlineRule> All =
    [
        new(DeadlineKind.ReflectionPeriodEnding, [Roles.Police, Roles.CoMenshaCoordinator],
            "Vc B8/3.1 (reflection period of three months); CETS 197 art. 13", "Rules:ReflectionEndingWarningDays (14 days ahead)"),
        new(DeadlineKind.ApplicationToRecord, [Roles.Ind],
            "Vc B8/3.1: a report leads to an application ex officio (art. 14 Vw)", "none: due on the day of the report"),
        new(DeadlineKind.PermitExpiring, [Roles.Ind],
            "Vc B8/3.1: the temporary permit lasts while the criminal case runs", "Rules:PermitExpiryWarningDays (30 days ahead)"),
        new(DeadlineKind.CannotCooperatePermitEnding, [Roles.Ind],
            "Vc B8/3.1 (since 22 Dec 2010): one year; then non-temporary if the threat continues (Vc B9/9)", "Rules:PermitExpiryWarningDays (30 days ahead)"),
        new(DeadlineKind.ThreeYearPointReached, [Roles.Ind],
            "Vb art. 3.51(1)(h), Vc B9/9: three years on a B8.3 permit", "Rules:PermitExpiryWarningDays (30 days ahead)"),
        new(DeadlineKind.ContinuedResidenceDecisionOverdue, [Roles.Ind],
            "Pilot 'kansloze aangiften' target (brief §2.3): decision within 35 working days", "Rules:ContinuedResidenceDecisionWorkingDays (35)"),
        new(DeadlineKind.SignalNotTriaged, [Roles.CoMenshaCoordinator],
            "NRM agreement: CoMensha registers every signal promptly (brief §2.2 S1)", "Rules:SignalTriageWorkingDays (2)"),
        new(DeadlineKind.ReceptionEntitlementEnded, [Roles.Coa],
            "Rvb / brief §1, §2.3: COA reception for foreign victims in reflection or on a B8.3 permit (ReceptionEntitlement)", "none: due on the day the entitlement ended"),
        // Care workers see only the minors whose guardian is their own organisation (Nidos staff hold the care-worker role).
        // Minors under guardianship and minors placed in protected shelter (BO ends at 18).
        new(DeadlineKind.MinorTurns18, [Roles.CoMenshaCoordinator, Roles.CareWorker],
            "Art. 1:233 BW (adult at 18); brief §2.3: BO and Nidos guardianship stop at 18 (issue 5 item 7)", "none: 30 days ahead (MinorTurns18WarningDays)"),
    ];

    /// <summary>A minor under guardianship appears this many days before turning 18.</summary>
    public const int MinorTurns18WarningDays = 30;

    /// <summary>
    /// A range of dates of birth that holds everyone whose 18th birthday lies between <paramref name="from"/> and
    /// <paramref name="until"/>, a day wider on each side for 29 February; the rows found are checked with <see cref="Age.AdultOn"/>.
    /// </summary>
    public static (DateOnly BornFrom, DateOnly BornUntil) BirthDatesTurningAdultBetween(DateOnly from, DateOnly until) =>
        (from.AddYears(-Age.AdultAge).AddDays(-1), until.AddYears(-Age.AdultAge).AddDays(1));

    public static IEnumerable<DeadlineKind> For(string role) => All.Where(r => r.Roles.Contains(role)).Select(r => r.Kind);

    /// <summary>The day the continued-residence decision is due for an application made on <paramref name="appliedOn"/>.</summary>
    public static DateOnly ContinuedResidenceDecisionDue(DateOnly appliedOn, ResidenceRules rules) =>
        DutchWorkingDays.AddWorkingDays(appliedOn, rules.ContinuedResidenceDecisionWorkingDays);

    /// <summary>The day CoMensha should have triaged a signal reported on <paramref name="reportedOn"/>.</summary>
    public static DateOnly SignalTriageDue(DateOnly reportedOn, ResidenceRules rules) =>
        DutchWorkingDays.AddWorkingDays(reportedOn, rules.SignalTriageWorkingDays);

    /// <summary>
    /// The latest start day whose deadline of <paramref name="workingDays"/> working days has been reached by
    /// <paramref name="today"/>: lets a query compare a stored start date with one cut-off instead of computing per row.
    /// </summary>
    public static DateOnly LatestStartDueBy(DateOnly today, int workingDays)
    {
        var start = today;
        while (DutchWorkingDays.AddWorkingDays(start, workingDays) > today) start = start.AddDays(-1);
        return start;
    }

    /// <summary>The deadlines of one track as they stand on <paramref name="today"/> (for its timeline), soonest first.</summary>
    public static IReadOnlyList<(DeadlineKind Kind, DateOnly DueOn)> Of(ResidenceTrack track, ResidenceRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(track);
        var due = new List<(DeadlineKind, DateOnly)>();
        if (track.ReflectionStateOn(today) == ReflectionState.Running && track.ReflectionEndsOn is { } end)
            due.Add((DeadlineKind.ReflectionPeriodEnding, end));
        if (track.ResidenceState == ResidenceState.None && track.CooperationOn is { } reported)
            due.Add((DeadlineKind.ApplicationToRecord, reported));
        if (track.TemporaryPermitValidUntil is { } until)
            due.Add((track.TemporaryPermitKind == ApplicationKind.TemporaryCannotCooperate ? DeadlineKind.CannotCooperatePermitEnding : DeadlineKind.PermitExpiring, until));
        if (track.ThreeYearPointOn is { } point) due.Add((DeadlineKind.ThreeYearPointReached, point));
        if (track.ContinuedResidenceAppliedOn is { } applied)
            due.Add((DeadlineKind.ContinuedResidenceDecisionOverdue, ContinuedResidenceDecisionDue(applied, rules)));
        return due.OrderBy(d => d.Item2).ToList();
    }
}
