using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Reception;

namespace NrmPortal.Web.Pages.Coa;

/// <summary>COA's list of people entitled to reception and an allowance; allowances whose entitlement has ended come first.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public ListEntitledVictims.Model List { get; private set; } = null!;

    public async Task OnGetAsync(int pageNumber = 1, CancellationToken cancellationToken = default) =>
        List = await sender.Send(new ListEntitledVictims.Query(Math.Max(1, pageNumber)), cancellationToken);
}
