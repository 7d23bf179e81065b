namespace NrmPortal.Domain.Security;

/// <summary>The seven roles of the portal. Every user has exactly one.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string CareWorker = nameof(CareWorker);
    public const string CoMenshaCoordinator = nameof(CoMenshaCoordinator);
    public const string Police = nameof(Police);
    public const string Ind = nameof(Ind);
    public const string Coa = nameof(Coa);

    /// <summary>
    /// Reads and exports the access log (NEN 7513 §6.4: reading the log is itself logged and reserved), reviews break-the-glass
    /// access and approves data-subject requests. Sees no victim data through the case pages.
    /// </summary>
    public const string PrivacyOfficer = nameof(PrivacyOfficer);

    public static readonly IReadOnlyList<string> All = [Administrator, CareWorker, CoMenshaCoordinator, Police, Ind, Coa, PrivacyOfficer];

    /// <summary>Everyone who meets victims and may report a signal; administrators do not.</summary>
    public static readonly IReadOnlyList<string> Reporters = [CareWorker, CoMenshaCoordinator, Police, Ind, Coa];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
