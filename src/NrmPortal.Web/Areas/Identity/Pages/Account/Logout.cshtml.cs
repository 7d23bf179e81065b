using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Signs out (POST only, with antiforgery) and shows a localised confirmation. Signing out deletes the server-side session;
/// Clear-Site-Data tells the browser to drop this site's cache, cookies and storage as well (ASVS 7.4.1, 14.3.1).
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signInManager) : PageModel
{
    public const string ClearSiteData = "\"cache\", \"cookies\", \"storage\"";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        Response.Headers["Clear-Site-Data"] = ClearSiteData;
        return RedirectToPage();
    }
}
