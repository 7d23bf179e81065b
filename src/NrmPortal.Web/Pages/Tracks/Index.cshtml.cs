using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Web.Infrastructure;
using NrmPortal.Web.Resources;

namespace NrmPortal.Web.Pages.Tracks;

/// <summary>
/// The reflection and residence tracks the user may see, findable by registration number or signal reference. When a police
/// officer's search finds nothing, they may break the glass: state the emergency and get read-only access to the track of
/// that exact reference for eight hours (logged and reviewed by the privacy officer).
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> localizer) : AppPageModel(localizer)
{
    public PagedList<ListTracks.Item> Tracks { get; private set; } = null!;
    public string? Reference { get; private set; }

    [BindProperty] public BreakGlassTrack.Command BreakGlass { get; set; } = new();

    /// <summary>Whether the break-the-glass form was posted, so it opens again with its messages.</summary>
    public bool BreakGlassPosted { get; private set; }

    public async Task OnGetAsync(string? reference, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        Reference = reference;
        Tracks = await sender.Send(new ListTracks.Query(reference, Math.Max(1, pageNumber)), cancellationToken);
    }

    public async Task<IActionResult> OnPostBreakGlassAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await TryAsync(async () =>
            {
                var trackId = await sender.Send(BreakGlass, cancellationToken);
                RedirectTo = trackId;
            }, prefix: nameof(BreakGlass)))
        {
            StatusMessage = T["Emergency access granted for 8 hours. Every view is logged and reviewed by the privacy officer."];
            return RedirectToPage("Details", new { id = RedirectTo });
        }
        BreakGlassPosted = true;
        await OnGetAsync(BreakGlass.Reference, 1, cancellationToken);
        return Page();
    }

    private Guid RedirectTo { get; set; }
}
