using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Paging;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Application.Features.Users;

namespace NrmPortal.Web.Pages.Admin.Users;

public sealed class IndexModel(ISender sender) : PageModel
{
    public ListUsers.Query Filter { get; private set; } = new();
    public PagedList<UserAccount> Users { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<ListOrganisationOptions.Option> Organisations { get; private set; } = [];

    public async Task OnGetAsync(string? search, Guid? organisationId, string? role, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        Filter = new ListUsers.Query { Search = search, OrganisationId = organisationId, Role = role, Page = pageNumber };
        Users = await sender.Send(Filter, cancellationToken);
        Organisations = await sender.Send(new ListOrganisationOptions.Query(), cancellationToken);
    }
}
