using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Shelter;

namespace NrmPortal.Web.Pages.Shelter;

/// <summary>The facilities the user may see: all for CoMensha, the own organisation's for shelter staff.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListFacilities.Item> Facilities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Facilities = await sender.Send(new ListFacilities.Query(), cancellationToken);
}
