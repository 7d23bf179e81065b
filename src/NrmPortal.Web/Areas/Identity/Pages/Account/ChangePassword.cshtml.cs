using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Account;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The forced password change for new accounts and after an administrator's reset. Any signed-in user may use it.</summary>
public sealed class ChangePasswordModel(ISender sender, UserManager<AppUser> userManager, SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    [BindProperty] public ChangeOwnPassword.Command Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await TryAsync(() => sender.Send(Input, cancellationToken).AsTask())) return Page();

        // A new cookie: without the must-change claim, and with the stamp the password change renewed.
        if (await userManager.GetUserAsync(User) is { } user) await signInManager.RefreshSignInAsync(user);
        StatusMessage = T["Your password has been changed."];
        return LocalRedirect("/");
    }
}
