using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Domain.Shelter;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.CoMensha;

/// <summary>
/// Finding a place for one person: the facilities that fit, best first, and why the others do not; assigning a place, a
/// transfer, and the waiting lists. When a place has just gone, the page shows the new situation with the reason.
/// </summary>
public sealed class PlacesModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public FindPlaces.Model Places { get; private set; } = null!;
    [BindProperty] public TransferPlacement.Command Transfer { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid facilityId, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new AssignPlace.Command(id, facilityId), cancellationToken).AsTask(), prefix: ""))
        {
            StatusMessage = T["The place has been assigned. The shelter confirms arrival."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostWaitAsync(Guid id, WaitingList? list, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new ChangeWaitingList.Add(id, list), cancellationToken).AsTask(), prefix: ""))
        {
            StatusMessage = T["The person has been put on the waiting list."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostLeaveListAsync(Guid id, Guid entryId, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new ChangeWaitingList.Remove(entryId), cancellationToken).AsTask(), prefix: ""))
        {
            StatusMessage = T["The person has been taken off the waiting list."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Transfer, cancellationToken).AsTask(), nameof(Transfer)))
        {
            StatusMessage = T["The person has been transferred."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var places = await sender.Send(new FindPlaces.Query(id), cancellationToken);
        if (places is null) return NotFound();
        Places = places;
        return Page();
    }
}
