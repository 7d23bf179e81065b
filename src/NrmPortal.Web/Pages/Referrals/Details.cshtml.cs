using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Referrals;

/// <summary>
/// One referral as the user may see it, with a form for each step the state machine allows on the user's side: the receiver
/// accepts, declines with a reason, or completes; the sender records a withdrawal of consent. A refused step shows the page again.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetReferral.Model Referral { get; private set; } = null!;

    /// <summary>Which form was posted, so the page opens it again with its messages.</summary>
    public string? PostedForm { get; private set; }

    [BindProperty] public AcceptReferral.Command Accept { get; set; } = new();
    [BindProperty] public DeclineReferral.Command Decline { get; set; } = new();
    [BindProperty] public CompleteReferral.Command Complete { get; set; } = new();
    [BindProperty] public WithdrawReferralConsent.Command Withdraw { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Accept), Accept with { ReferralId = id }, T["The referral has been accepted."], ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Decline), Decline with { ReferralId = id }, T["The referral has been declined."], ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Complete), Complete with { ReferralId = id }, T["The referral has been completed."], ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        RecordAsync(id, nameof(Withdraw), Withdraw with { ReferralId = id }, T["The withdrawal of consent has been recorded; the referral has stopped."], ct);

    private async Task<IActionResult> RecordAsync<TCommand>(Guid id, string form, TCommand command, string done, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: form))
        {
            StatusMessage = done;
            return RedirectToPage(new { id });
        }
        PostedForm = form;
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var referral = await sender.Send(new GetReferral.Query(id), cancellationToken);
        if (referral is null) return NotFound();
        Referral = referral;
        return Page();
    }
}
