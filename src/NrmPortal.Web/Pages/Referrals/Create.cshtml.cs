using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Referrals;

/// <summary>
/// Refer a person to another organisation for one need, with the date of their consent and an optional warm-handover note.
/// The person must be one the user may refer (else 404). A refused referral shows the form again with what was typed.
/// </summary>
public sealed class CreateModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetReferralForm.Model Form { get; private set; } = null!;

    [BindProperty] public CreateReferral.Command Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid victimId, CancellationToken cancellationToken) => LoadAsync(victimId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid victimId, CancellationToken cancellationToken)
    {
        var id = Guid.Empty;
        if (ModelState.IsValid && await TryAsync(async () => id = await sender.Send(Input with { VictimId = victimId }, cancellationToken)))
        {
            StatusMessage = T["The referral has been sent."];
            return RedirectToPage("Details", new { id });
        }
        return await LoadAsync(victimId, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid victimId, CancellationToken cancellationToken)
    {
        var form = await sender.Send(new GetReferralForm.Query(victimId), cancellationToken);
        if (form is null) return NotFound();
        Form = form;
        return Page();
    }
}
