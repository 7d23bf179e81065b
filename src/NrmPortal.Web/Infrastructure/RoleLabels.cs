using NrmPortal.Domain.Security;

namespace NrmPortal.Web.Infrastructure;

/// <summary>English labels of the roles (translated through the shared resource like every text).</summary>
public static class RoleLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Roles.Administrator] = "Administrator",
        [Roles.CareWorker] = "Care professional",
        [Roles.CoMenshaCoordinator] = "CoMensha coordinator",
        [Roles.Police] = "Police",
        [Roles.Ind] = "IND",
        [Roles.Coa] = "COA",
        [Roles.PrivacyOfficer] = "Privacy officer",
    };

    public static string For(string? role) => role is not null && Labels.TryGetValue(role, out var label) ? label : "No role";
}
