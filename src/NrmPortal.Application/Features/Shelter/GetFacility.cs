using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Security;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Application.Features.Shelter;

/// <summary>
/// One facility with its confidential address and the people requested or placed there, for CoMensha and the provider's
/// own staff (404 for anyone else). The people listed are logged as read.
/// </summary>
public static class GetFacility
{
    [RequireRole(Roles.CoMenshaCoordinator, Roles.CareWorker)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record Occupant(Guid PlacementId, Guid VictimId, string RegistrationNumber, string? Name, PlacementStatus Status,
        DateTime RequestedAtUtc, DateOnly? ArrivedOn, Guid Version);

    public sealed record Model(Guid Id, Guid Version, Guid OrganisationId, string OrganisationName, string Name, ShelterType Type, int Places, int Occupied,
        AdmissionCriteria Criteria, Regions Region, string? ConfidentialAddress, bool IsActive, IReadOnlyList<Occupant> Occupants)
    {
        public int Free => Math.Max(0, Places - Occupied);
    }

    public sealed class Handler(IAppDbContext db, ICurrentUser currentUser, IAccessLog accessLog) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = await db.ShelterFacilities.AsNoTracking().Where(ShelterAccess.FacilitiesVisibleTo(currentUser))
                .SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
            if (f is null) { await accessLog.LogIfExistsAsync(db.ShelterFacilities, x => x.Id == query.Id, nameof(ShelterFacility), query.Id, cancellationToken); return null; }
            var organisationName = await db.Organisations.Where(o => o.Id == f.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
            var occupants = await db.Placements.AsNoTracking().Where(p => p.FacilityId == f.Id && p.IsActive)
                .Join(db.PossibleVictims, p => p.VictimId, v => v.Id, (p, v) => new { p, v.RegistrationNumber, v.Names })
                .OrderBy(x => x.p.RequestedAtUtc)
                .ToListAsync(cancellationToken);
            await accessLog.LogReadAsync(nameof(PossibleVictim), occupants.Select(o => o.p.VictimId).ToList(), cancellationToken);
            var relation = ShelterAccess.RelationOf(currentUser, f);
            var seesAddress = NeedToKnow.Allows(currentUser.Role, DataCategory.Whereabouts, relation);
            var seesNames = NeedToKnow.Allows(currentUser.Role, DataCategory.Identity, relation);
            return new Model(f.Id, f.Version, f.OrganisationId, organisationName, f.Name, f.Type, f.Places, f.Occupied, f.Criteria, f.Region,
                seesAddress ? f.ConfidentialAddress : null, f.IsActive,
                occupants.Select(o => new Occupant(o.p.Id, o.p.VictimId, o.RegistrationNumber,
                    seesNames ? VictimNameOrder.FirstNameOf(o.Names) : null, o.p.Status, o.p.RequestedAtUtc, o.p.ArrivedOn, o.p.Version)).ToList());
        }
    }
}
