using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Victims;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>Closing a file never leaves a place counted as occupied, nor the person on a waiting list.</summary>
public sealed class CloseFileWithPlaceTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private Task<Guid> VictimVersionAsync(Guid id) => portal.Factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == id).Select(v => v.Version).SingleAsync());

    [Fact]
    public async Task A_file_with_a_place_cannot_be_closed_and_closing_takes_the_person_off_the_waiting_lists()
    {
        var placed = await portal.RegisterVictimAsync();
        var waiting = await portal.RegisterVictimAsync();
        var facility = await portal.CreateFacilityAsync(ShelterType.SocialShelter, places: 2);
        await portal.AssignAsync(placed, facility);
        await portal.WaitAsync(waiting, WaitingList.RegularShelter);

        var refused = await Record.ExceptionAsync(async () => await portal.Factory.SendAsync(
            new CloseVictimFile.Command(placed, await VictimVersionAsync(placed), CloseReason.Returned), portal.Coordinator));
        await portal.Factory.SendAsync(new CloseVictimFile.Command(waiting, await VictimVersionAsync(waiting), CloseReason.Returned), portal.Coordinator);
        var occupancy = await portal.Factory.SendAsync(new GetOccupancy.Query(), portal.Coordinator);

        Assert.Equal(CloseVictimFile.EndPlacementFirst, Assert.IsType<BusinessRuleException>(refused).Message);
        Assert.Equal(1, (await portal.FacilityAsync(facility)).Occupied);
        Assert.All(await portal.WaitingListEntriesAsync(waiting), e => Assert.False(e.IsWaiting));
        Assert.DoesNotContain(occupancy.Facilities, f => f.Proposal?.VictimId == waiting);
    }
}
