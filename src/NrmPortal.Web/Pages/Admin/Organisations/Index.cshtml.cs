using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Web.Pages.Admin.Organisations;

public sealed class IndexModel(ISender sender) : PageModel
{
    public ListOrganisations.Query Filter { get; private set; } = new();
    public PagedList<ListOrganisations.Item> Organisations { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(string? search, OrganisationType? type, bool? active, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        Filter = new ListOrganisations.Query { Search = search, Type = type, Active = active, Page = pageNumber };
        Organisations = await sender.Send(Filter, cancellationToken);
    }
}
