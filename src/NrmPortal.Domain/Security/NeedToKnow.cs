namespace NrmPortal.Domain.Security;

/// <summary>The kinds of victim data the portal holds, as far as need-to-know tells them apart.</summary>
public enum DataCategory
{
    /// <summary>Who the person is: name, alias, date of birth or age, sex, nationality (signal, victim file, track, facility, referral, reception).</summary>
    Identity,

    /// <summary>Where the person is: the signal's current whereabouts and the confidential address of a shelter facility.</summary>
    Whereabouts,

    /// <summary>The reporter's free-text account on a signal.</summary>
    Account,

    /// <summary>The observed indicators and suspected forms of exploitation on a signal.</summary>
    Indicators,

    /// <summary>CoMensha's triage note on a signal.</summary>
    TriageNote,

    /// <summary>The warm-handover note of a referral (care information for the receiver).</summary>
    CareNotes,

    /// <summary>Police details of a track: the unit, officer and interpreter's language of a reflection period; the unit and case number of a report.</summary>
    PoliceCaseData,

    /// <summary>The reflection period and the criminal case without the police details: dates, decisions, reasons, complaint.</summary>
    CaseProgress,

    /// <summary>The residence part of a track: its state, applications, permits, grounds for the non-temporary permit, the IND's deadlines.</summary>
    ResidenceData,

    /// <summary>The ground of a "cannot cooperate" application: a serious threat, or a medical or psychological limitation.</summary>
    MedicalGround,

    /// <summary>The basis and dates of the entitlement to reception, and COA's reception and allowance records.</summary>
    ReceptionData,

    /// <summary>Who is requested or placed in which shelter facility, with the dates of arrival and departure.</summary>
    ShelterPlacement,
}

/// <summary>
/// How the user's organisation stands to the record being shown. Which records a user reaches at all is decided by the access
/// helpers (SignalAccess, TrackAccess, ShelterAccess, ReferralAccess, ReceptionViews): outside them the answer is 404. The
/// relation then decides which categories of the record the user sees.
/// </summary>
public enum Relation
{
    /// <summary>
    /// The user's organisation owns the record. Signal: it reported the signal. Track: it is the police force holding the
    /// track (it started it). Shelter facility: it runs the facility. Referral: it sent the referral. Reception: it (a COA
    /// organisation) has a reception record of the person.
    /// </summary>
    OwnOrganisation,

    /// <summary>
    /// The user's organisation takes part without owning it. Track: a police force that reported a signal about the person
    /// (the same signal, or another linked to the same registered person) but does not hold the track. Referral: the
    /// receiving organisation, while consent stands and it has not declined. Reception: the person is entitled to reception
    /// today and the user's COA organisation has no record of them. (Signals and facilities have no involved organisation.)
    /// </summary>
    InvolvedOrganisation,

    /// <summary>
    /// Any other user who reaches the record by role rather than by organisation: CoMensha on every signal, victim file,
    /// track and facility, and on a referral it did not send and does not (or no longer) receive; the IND on every track.
    /// Users who do not reach a record get 404 and see nothing of it.
    /// </summary>
    Other,

    /// <summary>
    /// An organisation whose involvement has ended: the receiver of a referral after consent was withdrawn or after it
    /// declined. It still finds the referral (to know which one stopped) but sees no more of the person than the registration
    /// number; only CoMensha, which coordinates and sees every person, keeps the name.
    /// </summary>
    EndedInvolvement,
}

/// <summary>What a role may do with a category of data.</summary>
public enum Access
{
    None,
    Read,

    /// <summary>Read, and record or change data of this category on a record of this relation (where the portal has a form for it).</summary>
    ReadWrite,
}

/// <summary>
/// The need-to-know matrix, in one place: role × data category × relation → access. It describes today's behaviour; the
/// query handlers ask <see cref="Allows"/> before they put a category in their result, so a field a role may not see is left
/// out of the result and the page's markup, not hidden. A cell not in the table is <see cref="Access.None"/>.
/// </summary>
public static class NeedToKnow
{
    private const Access N = Access.None;
    private const Access R = Access.Read;
    private const Access W = Access.ReadWrite;

    /// <summary>Per role and category: the access for OwnOrganisation, InvolvedOrganisation, Other and EndedInvolvement (in that order).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<DataCategory, (Access Own, Access Involved, Access Other, Access Ended)>> Table =
        new Dictionary<string, IReadOnlyDictionary<DataCategory, (Access Own, Access Involved, Access Other, Access Ended)>>
        {
            [Roles.CareWorker] = new Dictionary<DataCategory, (Access, Access, Access, Access)>
            {
                [DataCategory.Identity] = (R, R, N, N),
                [DataCategory.Whereabouts] = (R, N, N, N),
                [DataCategory.Account] = (R, N, N, N),
                [DataCategory.Indicators] = (R, N, N, N),
                [DataCategory.CareNotes] = (W, R, N, N),
                [DataCategory.ShelterPlacement] = (W, N, N, N),
            },
            [Roles.CoMenshaCoordinator] = new Dictionary<DataCategory, (Access, Access, Access, Access)>
            {
                [DataCategory.Identity] = (R, R, R, R),
                [DataCategory.Whereabouts] = (R, N, W, N),
                [DataCategory.Account] = (R, N, R, N),
                [DataCategory.Indicators] = (R, N, R, N),
                [DataCategory.TriageNote] = (W, N, W, N),
                [DataCategory.CareNotes] = (W, R, N, N),
                [DataCategory.CaseProgress] = (N, N, R, N),
                [DataCategory.ResidenceData] = (N, N, R, N),
                [DataCategory.ReceptionData] = (N, N, R, N),
                [DataCategory.ShelterPlacement] = (N, N, W, N),
            },
            [Roles.Police] = new Dictionary<DataCategory, (Access, Access, Access, Access)>
            {
                [DataCategory.Identity] = (R, R, N, N),
                [DataCategory.Whereabouts] = (R, N, N, N),
                [DataCategory.Account] = (R, N, N, N),
                [DataCategory.Indicators] = (R, N, N, N),
                [DataCategory.CareNotes] = (R, R, N, N),
                [DataCategory.PoliceCaseData] = (W, N, N, N),
                [DataCategory.CaseProgress] = (W, R, N, N),
            },
            [Roles.Ind] = new Dictionary<DataCategory, (Access, Access, Access, Access)>
            {
                [DataCategory.Identity] = (R, R, R, N),
                [DataCategory.Whereabouts] = (R, N, N, N),
                [DataCategory.Account] = (R, N, N, N),
                [DataCategory.Indicators] = (R, N, N, N),
                [DataCategory.CareNotes] = (R, R, N, N),
                [DataCategory.CaseProgress] = (N, N, R, N),
                [DataCategory.ResidenceData] = (N, N, W, N),
                [DataCategory.MedicalGround] = (N, N, W, N),
            },
            [Roles.Coa] = new Dictionary<DataCategory, (Access, Access, Access, Access)>
            {
                [DataCategory.Identity] = (R, R, N, N),
                [DataCategory.Whereabouts] = (R, N, N, N),
                [DataCategory.Account] = (R, N, N, N),
                [DataCategory.Indicators] = (R, N, N, N),
                [DataCategory.CareNotes] = (R, R, N, N),
                [DataCategory.ReceptionData] = (W, W, N, N),
            },
            // Administrators and privacy officers see no victim data through the case pages.
            [Roles.Administrator] = new Dictionary<DataCategory, (Access, Access, Access, Access)>(),
            [Roles.PrivacyOfficer] = new Dictionary<DataCategory, (Access, Access, Access, Access)>(),
        };

    /// <summary>The access of <paramref name="role"/> to <paramref name="category"/> on a record of <paramref name="relation"/>.</summary>
    public static Access AccessOf(string? role, DataCategory category, Relation relation)
    {
        if (role is null || !Table.TryGetValue(role, out var row) || !row.TryGetValue(category, out var cell)) return Access.None;
        return relation switch
        {
            Relation.OwnOrganisation => cell.Own,
            Relation.InvolvedOrganisation => cell.Involved,
            Relation.Other => cell.Other,
            _ => cell.Ended,
        };
    }

    /// <summary>Whether the role may read the category on a record of this relation.</summary>
    public static bool Allows(string? role, DataCategory category, Relation relation) => AccessOf(role, category, relation) != Access.None;

    /// <summary>Whether the role may record or change the category on a record of this relation.</summary>
    public static bool AllowsWrite(string? role, DataCategory category, Relation relation) => AccessOf(role, category, relation) == Access.ReadWrite;

    /// <summary>Whether the role may read the category on a record of any relation (for lists and parts of a page shown by role).</summary>
    public static bool AllowsAny(string? role, DataCategory category) =>
        Enum.GetValues<Relation>().Any(relation => Allows(role, category, relation));

    /// <summary>The matrix as a markdown table: a row per role and category that any relation allows, a column per relation.</summary>
    public static string ToMarkdown()
    {
        var lines = new List<string>
        {
            "| Role | Data category | Own organisation | Involved organisation | Other | Ended involvement |",
            "|---|---|---|---|---|---|",
        };
        foreach (var role in Roles.All)
        {
            var row = Table.TryGetValue(role, out var r) ? r : new Dictionary<DataCategory, (Access, Access, Access, Access)>();
            if (row.Count == 0) lines.Add($"| `{role}` | (none) | – | – | – | – |");
            foreach (var category in Enum.GetValues<DataCategory>().Where(row.ContainsKey))
            {
                var (own, involved, other, ended) = row[category];
                lines.Add($"| `{role}` | {category} | {Label(own)} | {Label(involved)} | {Label(other)} | {Label(ended)} |");
            }
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string Label(Access access) => access switch
    {
        Access.ReadWrite => "read, write",
        Access.Read => "read",
        _ => "–",
    };
}
