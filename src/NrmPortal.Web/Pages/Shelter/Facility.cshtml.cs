using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Shelter;

/// <summary>One facility with its address and the people requested or placed there; shelter staff confirm arrival and departure.</summary>
public sealed class FacilityModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public GetFacility.Model Facility { get; private set; } = null!;
    [BindProperty] public ConfirmArrival.Command Arrival { get; set; } = new();
    [BindProperty] public EndPlacement.Command Departure { get; set; } = new();
    /// <summary>The placement whose form was posted, so its messages show beside it.</summary>
    public Guid? PostedPlacement { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostArrivalAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Arrival, cancellationToken).AsTask(), nameof(Arrival)))
        {
            StatusMessage = T["The arrival has been confirmed."];
            return RedirectToPage(new { id });
        }
        PostedPlacement = Arrival.PlacementId;
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDepartureAsync(Guid id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(() => sender.Send(Departure, cancellationToken).AsTask(), nameof(Departure)))
        {
            StatusMessage = T["The placement has been ended; the place is free again."];
            return RedirectToPage(new { id });
        }
        PostedPlacement = Departure.PlacementId;
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, Guid version, bool active, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => sender.Send(new SetFacilityActive.Command(id, version, active), cancellationToken).AsTask(), prefix: ""))
        {
            StatusMessage = active ? T["The facility takes part in matching again."] : T["The facility is inactive: it is no longer offered for placements."];
            return RedirectToPage(new { id });
        }
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var facility = await sender.Send(new GetFacility.Query(id), cancellationToken);
        if (facility is null) return NotFound();
        Facility = facility;
        return Page();
    }
}
