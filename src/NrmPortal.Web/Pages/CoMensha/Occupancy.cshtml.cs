using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Domain.Organisations;

namespace NrmPortal.Web.Pages.CoMensha;

/// <summary>Occupancy per facility and per kind of place, as a table and a chart, optionally for one region.</summary>
public sealed class OccupancyModel(ISender sender) : PageModel
{
    public GetOccupancy.Model Occupancy { get; private set; } = null!;

    public async Task OnGetAsync(Regions? region, CancellationToken cancellationToken) =>
        Occupancy = await sender.Send(new GetOccupancy.Query(region), cancellationToken);
}
