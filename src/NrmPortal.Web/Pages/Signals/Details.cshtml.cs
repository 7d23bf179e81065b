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
}
