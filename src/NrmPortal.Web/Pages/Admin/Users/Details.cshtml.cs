using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Features.Users;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Admin.Users;

public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public UserAccount Account { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new SetUserLocked.Command(id, Locked: true), "The account has been locked and the user signed out.", cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new SetUserLocked.Command(id, Locked: false), "The account has been unlocked.", cancellationToken);

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new ResetTwoFactor.Command(id), "Two-factor authentication has been reset. The user sets it up again after signing in.", cancellationToken);

    public Task<IActionResult> OnPostEndSessionsAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, new EndUserSessions.Command(id), "The user has been signed out everywhere.", cancellationToken);

    [BindProperty] public ResetPassword.Command PasswordReset { get; set; } = new();

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, PasswordReset with { Id = id }, "The password has been reset. Give the user the one-time password; they choose their own at the next sign-in.", cancellationToken);

    private async Task<IActionResult> RunAsync<TCommand>(Guid id, TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : Mediator.ICommand
    {
        if (await TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: nameof(PasswordReset)))
        {
            StatusMessage = T[done];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var account = await sender.Send(new GetUser.Query(id), cancellationToken);
        if (account is null) return NotFound();
        Account = account;
        return Page();
    }
}
