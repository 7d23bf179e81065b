using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>The facilities the user may see, with places and occupancy; no addresses in the list.</summary>
public static class ListFacilities
{
    [RequireRole(Roles.CoMenshaCoordinator, Roles.CareWorker)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(Guid Id, string Name, string OrganisationName, ShelterType Type, Regions Region, int Places, int Occupied, bool IsActive)
    {
        public int Free => Math.Max(0, Places - Occupied);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.ShelterFacilities.AsNoTracking().Where(ShelterAccess.FacilitiesVisibleTo(currentUser))
                .Join(db.Organisations, f => f.OrganisationId, o => o.Id, (f, o) => new { f, OrganisationName = o.Name })
                .OrderBy(x => x.f.Type).ThenBy(x => x.f.Name)
                .Select(x => new Item(x.f.Id, x.f.Name, x.OrganisationName, x.f.Type, x.f.Region, x.f.Places, x.f.Occupied, x.f.IsActive))
                .ToListAsync(cancellationToken);
    }
}
