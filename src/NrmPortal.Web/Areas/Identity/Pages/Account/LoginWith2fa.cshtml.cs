using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The second sign-in step. Replaces the packaged page: no "remember this machine" (every sign-in asks for the code),
/// localised, and a visit without a pending first step goes back to the login page instead of failing.
/// </summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<AppUser> signInManager, ILogger<LoginWith2faModel> logger, IStringLocalizer<SharedResource> T)
    : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public string ReturnUrl { get; private set; } = "/";

    public sealed class InputModel
    {
        public string? TwoFactorCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("./Login");
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("./Login");

        var code = (Input.TwoFactorCode ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(ReturnUrl);

        if (result.IsLockedOut) logger.LogWarning("Two-factor sign-in refused: account locked out");
        else logger.LogInformation("Two-factor sign-in failed");
        ModelState.AddModelError(string.Empty, T["The code is not correct, or the account is locked. Try the newest code from your app."]);
        return Page();
    }
}
