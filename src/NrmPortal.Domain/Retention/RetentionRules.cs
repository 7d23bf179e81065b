namespace NrmPortal.Domain.Retention;

/// <summary>
/// How long victim data is kept before the retention job anonymises it (section "Retention", checked at start-up). The
/// sources give no concrete periods (brief, open points); the defaults are reasoned in docs/security.md and are to be
/// confirmed by the data protection officer. The access log is not governed here: it is kept at least five years
/// (Stcrt. 2019-38007, NEN 7513 §8.5) and never touched by this job.
/// </summary>
public sealed class RetentionRules
{
    public const string SectionName = "Retention";

    /// <summary>
    /// A signal closed without a registration (not trafficking, or a duplicate): kept this many months after triage, so a
    /// second report about the same person within a year can still be recognised (default 12; to be confirmed by the DPO).
    /// </summary>
    public int SignalWithoutRegistrationMonths { get; set; } = 12;

    /// <summary>
    /// A closed victim file (with its signals, track, referrals, placements and reception records): kept this many months after
    /// closing (default 60, five years: a criminal case and the three-year residence ground can run that long after a file
    /// closes, and re-trafficking is often within two years; to be confirmed by the DPO).
    /// </summary>
    public int ClosedVictimFileMonths { get; set; } = 60;

    /// <summary>How many records one run anonymises per kind before it saves (the job runs batches until nothing is left).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Problems with this configuration; the portal refuses to start with any.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (SignalWithoutRegistrationMonths is < 1 or > 120)
            problems.Add("Retention: SignalWithoutRegistrationMonths must be between 1 and 120.");
        if (ClosedVictimFileMonths is < 12 or > 240)
            problems.Add("Retention: ClosedVictimFileMonths must be between 12 and 240 (a closed file is kept at least a year).");
        if (BatchSize is < 1 or > 10_000) problems.Add("Retention: BatchSize must be between 1 and 10000.");
        return problems;
    }

    /// <summary>The moment before which a signal closed without registration has expired.</summary>
    public DateTime SignalCutOff(DateTime nowUtc) => nowUtc.AddMonths(-SignalWithoutRegistrationMonths);

    /// <summary>The moment before which a closed victim file has expired.</summary>
    public DateTime VictimFileCutOff(DateTime nowUtc) => nowUtc.AddMonths(-ClosedVictimFileMonths);
}
