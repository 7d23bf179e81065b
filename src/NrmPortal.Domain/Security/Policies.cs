namespace NrmPortal.Domain.Security;

/// <summary>
/// The access matrix: each policy names the roles that hold it. Pages and folder conventions refer to policies, never to role strings,
/// and the page-access tests read the same table, so a page cannot be added without a decision about who may reach it.
/// </summary>
public static class Policies
{
    /// <summary>Manage organisations, users and the Wegwijzer content.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>Report signals and follow the own organisation's signals (everyone who meets victims).</summary>
    public const string ReportSignals = nameof(ReportSignals);

    /// <summary>CoMensha's work: the inbox of all signals and their triage.</summary>
    public const string TriageSignals = nameof(TriageSignals);

    /// <summary>Follow reflection periods and residence tracks, and see what is due: police, the IND and CoMensha.</summary>
    public const string FollowTracks = nameof(FollowTracks);

    /// <summary>Shelter facilities: CoMensha coordinates all of them, shelter staff (care workers) see their own organisation's.</summary>
    public const string Shelter = nameof(Shelter);
    /// <summary>Referrals: care workers and coordinators send them; every role that can belong to a receiving organisation answers them.</summary>
    public const string Referrals = nameof(Referrals);

    /// <summary>Refer a person to another organisation (the referral form): care workers and CoMensha coordinators.</summary>
    public const string Refer = nameof(Refer);
    /// <summary>
    /// "My deadlines": the track roles, COA (allowances whose entitlement ended) and care workers (Nidos staff: their wards
    /// turning 18; other care workers see an empty list).
    /// </summary>
    public const string SeeDeadlines = nameof(SeeDeadlines);

    /// <summary>COA's reception and allowances for entitled victims.</summary>
    public const string Reception = nameof(Reception);

    /// <summary>The access log, break-the-glass review and data-subject requests: privacy officers only.</summary>
    public const string Privacy = nameof(Privacy);

    /// <summary>Any signed-in user with one of the seven roles (their own home page, account, language).</summary>
    public const string AnyRole = nameof(AnyRole);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Matrix = new Dictionary<string, IReadOnlyList<string>>
    {
        [Administration] = [Roles.Administrator],
        [ReportSignals] = Roles.Reporters,
        [TriageSignals] = [Roles.CoMenshaCoordinator],
        [FollowTracks] = [Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator],
        [Shelter] = [Roles.CoMenshaCoordinator, Roles.CareWorker],
        [Referrals] = [Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa],
        [Refer] = [Roles.CareWorker, Roles.CoMenshaCoordinator],
        [SeeDeadlines] = [Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator, Roles.Coa, Roles.CareWorker],
        [Reception] = [Roles.Coa],
        [Privacy] = [Roles.PrivacyOfficer],
        [AnyRole] = Roles.All,
    };
}
