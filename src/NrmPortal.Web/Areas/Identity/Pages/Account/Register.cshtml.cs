using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Self-registration is off: administrators create accounts. Overrides the packaged page so it cannot be reached.</summary>
[AllowAnonymous]
public sealed class RegisterModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
