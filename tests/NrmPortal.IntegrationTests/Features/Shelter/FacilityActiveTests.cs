using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Shelter;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>CoMensha takes an empty facility out of matching, and back; an occupied one stays active.</summary>
public sealed class FacilityActiveTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private Task<Guid> VersionAsync(Guid id) => portal.Factory.WithDbAsync(db => db.ShelterFacilities.Where(f => f.Id == id).Select(f => f.Version).SingleAsync());

    [Fact]
    public async Task An_inactive_facility_is_not_offered_and_an_occupied_one_cannot_be_made_inactive()
    {
        var person = await portal.RegisterVictimAsync();
        var empty = await portal.CreateFacilityAsync(ShelterType.SocialShelter, places: 2);
        var occupied = await portal.CreateFacilityAsync(ShelterType.SocialShelter, places: 2);
        await portal.AssignAsync(await portal.RegisterVictimAsync(), occupied);

        await portal.Factory.SendAsync(new SetFacilityActive.Command(empty, await VersionAsync(empty), Active: false), portal.Coordinator);
        var refused = await Record.ExceptionAsync(async () =>
            await portal.Factory.SendAsync(new SetFacilityActive.Command(occupied, await VersionAsync(occupied), Active: false), portal.Coordinator));
        var staff = await Record.ExceptionAsync(async () =>
            await portal.Factory.SendAsync(new SetFacilityActive.Command(empty, await VersionAsync(empty), Active: true), portal.ProviderStaff));
        var places = (await portal.Factory.SendAsync(new FindPlaces.Query(person), portal.Coordinator))!;
        var assign = await Record.ExceptionAsync(() => portal.AssignAsync(person, empty));

        Assert.Equal(ShelterFacility.StillOccupiedMessage, Assert.IsType<DomainException>(refused).Message);
        Assert.IsType<ForbiddenAccessException>(staff);
        Assert.DoesNotContain(places.Matches, m => m.FacilityId == empty);
        Assert.IsType<BusinessRuleException>(assign);

        await portal.Factory.SendAsync(new SetFacilityActive.Command(empty, await VersionAsync(empty), Active: true), portal.Coordinator);
        Assert.Contains((await portal.Factory.SendAsync(new FindPlaces.Query(person), portal.Coordinator))!.Matches, m => m.FacilityId == empty && m.Fits);
    }
}
