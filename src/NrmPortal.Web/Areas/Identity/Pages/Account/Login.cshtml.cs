using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Replaces the packaged Identity login: lockout on failure is switched on (the template's default is off), there is no
/// "remember me" (sessions are short by policy) and the messages do not reveal whether an account exists.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signInManager, ILogger<LoginModel> logger, IStringLocalizer<SharedResource> T) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address."), Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    /// <summary>The timeout warning's script comes here with ?reason=idle when the session has ended for inactivity.</summary>
    public bool SignedOutForInactivity => string.Equals(Request.Query["reason"], "idle", StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (User.Identity?.IsAuthenticated != true) return Page();
        // Opening the sign-in page ends the current session, so the form (and its antiforgery token) belongs to nobody and
        // signing in starts a new session (see FreshSessionOnSignInMiddleware).
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Redirect(Request.PathBase + Request.Path + Request.QueryString);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Content("~/");
        if (!ModelState.IsValid) return Page();

        var result = await signInManager.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in");
            return LocalRedirect(returnUrl);
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, RememberMe = false });
        // One message for every refusal, so the page does not reveal whether an account exists or is locked.
        if (result.IsLockedOut) logger.LogWarning("Sign-in refused: account locked out");
        else logger.LogInformation("Sign-in failed");
        ModelState.AddModelError(string.Empty, T["The e-mail address or password is not correct, or the account is locked. After several failed attempts, wait 15 minutes or contact your administrator."]);
        return Page();
    }
}
