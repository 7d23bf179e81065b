using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Signals;

namespace NrmPortal.Web.Pages.Signals;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public GetSignal.Model Signal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var signal = await sender.Send(new GetSignal.Query(id), cancellationToken);
        if (signal is null) return NotFound(); // not there, or not the user's to see: the same answer
        Signal = signal;
        return Page();
    }

    /// <summary>Police open (or start) the reflection and residence track of the person this signal is about.</summary>
    public async Task<IActionResult> OnPostStartTrackAsync(Guid id, CancellationToken cancellationToken)
    {
        Guid trackId;
        try
        {
            trackId = await sender.Send(new NrmPortal.Application.Features.Residence.StartTrack.Command(id), cancellationToken);
        }
        catch (NrmPortal.Application.Common.Exceptions.BusinessRuleException)
        {
            // A double click started the track twice at once; the unique index kept one. Open that one.
            trackId = await sender.Send(new NrmPortal.Application.Features.Residence.StartTrack.Command(id), cancellationToken);
        }
        return RedirectToPage("/Tracks/Details", new { id = trackId });
    }
}
