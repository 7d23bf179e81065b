using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The second sign-in step with a one-time recovery code; replaces the packaged page for the same reasons as <see cref="LoginWith2faModel"/>.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<AppUser> signInManager, ILogger<LoginWithRecoveryCodeModel> logger, IStringLocalizer<SharedResource> T)
    : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public string ReturnUrl { get; private set; } = "/";

    public sealed class InputModel
    {
        public string? RecoveryCode { get; set; }
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

        var code = (Input.RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 0 ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            logger.LogWarning("User signed in with a recovery code");
            return LocalRedirect(ReturnUrl);
        }
        logger.LogInformation("Recovery-code sign-in failed");
        ModelState.AddModelError(string.Empty, T["The recovery code is not correct, or the account is locked."]);
        return Page();
    }
}
