using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account.Manage;

// Packaged two-factor pages the portal does not offer: two-factor authentication is mandatory, so a user cannot switch it
// off (Disable2fa) or throw the key away (ResetAuthenticator, which also switches it off). Enrolment is the portal's own
// page (Account/EnrolAuthenticator); a user who lost the phone asks an administrator to reset two-factor authentication.

public sealed class Disable2faModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

public sealed class ResetAuthenticatorModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

public sealed class EnableAuthenticatorModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
