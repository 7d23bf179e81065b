using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>One victim file or signal: when its retention ends, whether it is anonymised, and the form to place or lift a legal hold.</summary>
public sealed class HoldModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetRetentionRecord.Model Record { get; private set; } = null!;

    [BindProperty] public SetLegalHold.Command Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Input with { Id = id }, cancellationToken).AsTask()))
        {
            StatusMessage = Input.Place ? T["The legal hold has been placed."] : T["The legal hold has been lifted."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await sender.Send(new GetRetentionRecord.Query(id), cancellationToken);
        if (record is null) return NotFound();
        Record = record;
        return Page();
    }
}
