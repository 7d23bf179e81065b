using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Residence;

namespace NrmPortal.Web.Pages.Tracks;

/// <summary>The reflection and residence tracks the user may see, findable by registration number or signal reference.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedList<ListTracks.Item> Tracks { get; private set; } = null!;
    public string? Reference { get; private set; }

    public async Task OnGetAsync(string? reference, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        Reference = reference;
        Tracks = await sender.Send(new ListTracks.Query(reference, Math.Max(1, pageNumber)), cancellationToken);
    }
}
