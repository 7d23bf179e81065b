using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces the packaged e-mail reset (the portal sends no e-mail): explains that an administrator resets passwords.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel : PageModel
{
    public void OnGet() { }

    public IActionResult OnPost() => RedirectToPage();
}
