using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces the packaged page: two-factor authentication is mandatory, so it only says so, how many recovery codes are
/// left, and links to new recovery codes. No switching off, no new key, no "forget this browser" (nothing is remembered).
/// </summary>
public sealed class TwoFactorAuthenticationModel(UserManager<AppUser> userManager) : PageModel
{
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user) return Challenge();
        RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user);
        return Page();
    }
}
