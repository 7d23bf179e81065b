using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

// Packaged Identity pages for flows the portal does not have, overridden so they cannot be reached: self-registration,
// e-mail confirmation and e-mail reset links (the portal sends no e-mail; administrators create accounts and reset
// passwords) and external logins (none are configured). Left in place they answer anonymous visitors differently for
// known and unknown addresses, which would reveal who has an account.

[AllowAnonymous]
public sealed class RegisterModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class RegisterConfirmationModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ConfirmEmailModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ConfirmEmailChangeModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ResendEmailConfirmationModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ResetPasswordModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ResetPasswordConfirmationModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ExternalLoginModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}

[AllowAnonymous]
public sealed class ForgotPasswordConfirmationModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => NotFound();
}
