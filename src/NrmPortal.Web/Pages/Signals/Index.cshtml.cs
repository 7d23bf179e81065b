using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Signals;

namespace NrmPortal.Web.Pages.Signals;

public sealed class IndexModel(ISender sender) : PageModel
{
    public PagedList<ListOrganisationSignals.Item> Signals { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(int pageNumber = 1, CancellationToken cancellationToken = default) =>
        Signals = await sender.Send(new ListOrganisationSignals.Query(pageNumber), cancellationToken);
}
