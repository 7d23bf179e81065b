using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Web.Configuration;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The forced password change for new accounts and after an administrator's reset. Any signed-in user may use it.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> userManager, SignInManager<AppUser> signInManager, IStringLocalizer<SharedResource> T)
    : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        // Empty form fields bind as null.
        public string? OldPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null) return Challenge();

        var oldPassword = Input.OldPassword ?? "";
        var newPassword = Input.NewPassword ?? "";
        if (oldPassword.Length == 0)
            ModelState.AddModelError("Input.OldPassword", T["Enter your current password."]);
        if (newPassword.Length < IdentitySetup.PasswordMinLength)
            ModelState.AddModelError("Input.NewPassword", string.Format(T["The new password must have at least {0} characters."], IdentitySetup.PasswordMinLength));
        if (newPassword != (Input.ConfirmPassword ?? ""))
            ModelState.AddModelError("Input.ConfirmPassword", T["The two new passwords are not the same."]);
        if (newPassword.Length > 0 && newPassword == oldPassword)
            ModelState.AddModelError("Input.NewPassword", T["Choose a password that differs from the current one."]);
        if (!ModelState.IsValid) return Page();

        var result = await userManager.ChangePasswordAsync(user, oldPassword, newPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var message = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? T["The current password is not correct."] : T[error.Description];
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.OldPassword" : "Input.NewPassword", message);
            }
            return Page();
        }
        user.MustChangePassword = false;
        await userManager.UpdateAsync(user);
        await signInManager.RefreshSignInAsync(user); // new cookie without the must-change claim
        TempData["StatusMessage"] = T["Your password has been changed."].Value;
        return LocalRedirect("/");
    }
}
