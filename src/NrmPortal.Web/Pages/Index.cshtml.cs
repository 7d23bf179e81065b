using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Pages;

/// <summary>The home page: each role sees its own work.</summary>
public sealed class IndexModel : PageModel
{
    public static readonly IReadOnlyDictionary<string, (string Label, string Description)> RoleTexts = new Dictionary<string, (string, string)>
    {
        [Roles.Administrator] = ("Administrator", "You manage organisations, users and the Wegwijzer."),
        [Roles.CareWorker] = ("Care professional", "You report signals of possible human trafficking to CoMensha and follow your organisation's signals."),
        [Roles.CoMenshaCoordinator] = ("CoMensha coordinator", "You triage every signal, register possible victims, coordinate care and assign shelter places."),
        [Roles.Police] = ("Police", "You record offers of the reflection period, reports and the prosecution's decisions."),
        [Roles.Ind] = ("IND", "You record the residence steps under B8/3 of the Aliens Act Implementation Guidelines."),
        [Roles.Coa] = ("COA", "You arrange reception and allowances for foreign victims in the reflection period or on a permit."),
        [Roles.PrivacyOfficer] = ("Privacy officer", "You review the access log, break-the-glass access and data-subject requests."),
    };

    public string DisplayName { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string RoleLabel => RoleTexts.TryGetValue(Role, out var t) ? t.Label : Role;
    public string RoleDescription => RoleTexts.TryGetValue(Role, out var t) ? t.Description : "";

    public void OnGet()
    {
        DisplayName = User.FindFirstValue(NrmClaimTypes.DisplayName) ?? "";
        Role = User.FindFirstValue(ClaimTypes.Role) ?? "";
    }
}
