using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Signs out (POST only, with antiforgery) and shows a localised confirmation.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signInManager) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return RedirectToPage();
    }
}
