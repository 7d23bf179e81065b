using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Privacy;

/// <summary>One erasure request; a privacy officer other than the one who filed it approves or rejects it.</summary>
public sealed class RequestModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public ListErasureRequests.Row Erasure { get; private set; } = null!;

    [BindProperty] public DecideErasure.Command Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: true, T["The request has been approved: the person's data have been anonymised."], cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: false, T["The request has been rejected: nothing has been erased."], cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, string done, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Input with { Id = id, Approve = approve }, cancellationToken).AsTask()))
        {
            StatusMessage = done;
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = await sender.Send(new ListErasureRequests.Query(id), cancellationToken);
        if (rows.Count == 0) return NotFound();
        Erasure = rows[0];
        return Page();
    }
}
