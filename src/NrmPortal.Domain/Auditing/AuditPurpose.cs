using NrmPortal.Domain.Security;

namespace NrmPortal.Domain.Auditing;

/// <summary>
/// The purpose of use logged with every event (NEN 7513: "why"): a short code derived from the user's role, since every
/// role reads victim data for one purpose only; break-the-glass access is logged with its own code and the stated reason.
/// </summary>
public static class AuditPurpose
{
    public const int MaxLength = 30;

    public const string Care = "care";
    public const string Coordination = "coordination";
    public const string Investigation = "investigation";
    public const string Residence = "residence";
    public const string Reception = "reception";
    public const string Administration = "administration";
    public const string Privacy = "privacy";
    public const string BreakTheGlass = "break-the-glass";

    /// <summary>The purpose of the role's work; null for no role (a background job, an anonymous request).</summary>
    public static string? ForRole(string? role) => role switch
    {
        Roles.CareWorker => Care,
        Roles.CoMenshaCoordinator => Coordination,
        Roles.Police => Investigation,
        Roles.Ind => Residence,
        Roles.Coa => Reception,
        Roles.Administrator => Administration,
        Roles.PrivacyOfficer => Privacy,
        _ => null,
    };
}
