using System.Linq.Expressions;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.Application.Common.Security;

/// <summary>
/// Need-to-know for shelter, in one place. CoMensha sees every facility and placement (it coordinates shelter); staff of a
/// provider see their own organisation's facilities and the placements in them, nothing else. The confidential address
/// follows the same rule (brief §5.6: whereabouts are access-restricted).
/// </summary>
public static class ShelterAccess
{
    public static Expression<Func<ShelterFacility, bool>> FacilitiesVisibleTo(ICurrentUser user)
    {
        if (user.IsInRole(Roles.CoMenshaCoordinator)) return _ => true;
        if (!user.IsInRole(Roles.CareWorker)) return _ => false;
        var organisationId = user.OrganisationId ?? Guid.Empty;
        return facility => facility.OrganisationId == organisationId;
    }

    /// <summary>Own for staff (care workers) of the organisation that runs the facility; CoMensha reaches every facility by role: Other.</summary>
    public static Relation RelationOf(ICurrentUser user, ShelterFacility facility) =>
        user.IsInRole(Roles.CareWorker) && facility.OrganisationId == user.OrganisationId ? Relation.OwnOrganisation : Relation.Other;

    public static Expression<Func<Placement, bool>> PlacementsVisibleTo(ICurrentUser user, IQueryable<ShelterFacility> facilities)
    {
        if (user.IsInRole(Roles.CoMenshaCoordinator)) return _ => true;
        if (!user.IsInRole(Roles.CareWorker)) return _ => false;
        var organisationId = user.OrganisationId ?? Guid.Empty;
        return placement => facilities.Any(f => f.Id == placement.FacilityId && f.OrganisationId == organisationId);
    }
}
