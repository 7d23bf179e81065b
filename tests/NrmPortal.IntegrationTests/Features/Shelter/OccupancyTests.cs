using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>
/// CoMensha's overview: places, occupied, free and waiting per facility and per kind of place, for a region; where a place
/// is free, the longest-waiting person on the matching list who fits is proposed, and nobody twice.
/// </summary>
public sealed class OccupancyTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<GetOccupancy.Model> OccupancyAsync(Regions? region = null) => portal.Factory.SendAsync(new GetOccupancy.Query(region), portal.Coordinator);

    private Task<Guid> WomensShelterAsync(string name, int places = 1) =>
        portal.CreateFacilityAsync(portal.Input(ShelterType.WomensShelter, places) with { Name = name, Sexes = [SexesAdmitted.Women], Region = Regions.Amsterdam });

    [Fact]
    public async Task A_free_place_is_proposed_to_the_longest_waiting_person_who_fits()
    {
        var first = await WomensShelterAsync("Vrouwenopvang A");
        var second = await WomensShelterAsync("Vrouwenopvang B");
        var full = await WomensShelterAsync("Vrouwenopvang C");
        await portal.AssignAsync(await portal.RegisterVictimAsync(), full);
        var youthCare = await portal.CreateFacilityAsync(ShelterType.YouthCare); // CoMensha keeps no list for it
        var man = await portal.RegisterVictimAsync(sex: Sex.Male);
        var closed = await portal.RegisterVictimAsync();
        var woman = await portal.RegisterVictimAsync();
        var nextWoman = await portal.RegisterVictimAsync();
        var lastWoman = await portal.RegisterVictimAsync();
        await portal.WaitAsync(man, WaitingList.RegularShelter); // waits longest, but a women's shelter does not fit him
        await portal.WaitAsync(closed, WaitingList.RegularShelter); // her file is closed: she left
        await portal.WaitAsync(woman, WaitingList.RegularShelter);
        await portal.WaitAsync(nextWoman, WaitingList.RegularShelter);
        await portal.WaitAsync(lastWoman, WaitingList.RegularShelter);
        await portal.WaitAsync(lastWoman, WaitingList.Cosm);
        var file = (await portal.Factory.SendAsync(new GetVictimFile.Query(closed), portal.Coordinator))!;
        await portal.Factory.SendAsync(new CloseVictimFile.Command(closed, file.Version, CloseReason.Returned), portal.Coordinator);

        var occupancy = await OccupancyAsync();

        GetOccupancy.FacilityRow Row(Guid id) => occupancy.Facilities.Single(f => f.Id == id);
        Assert.Equal(woman, Row(first).Proposal?.VictimId);
        Assert.Equal(nextWoman, Row(second).Proposal?.VictimId); // nobody is proposed twice
        Assert.Null(Row(full).Proposal);
        Assert.Null(Row(youthCare).Proposal);
        Assert.Equal(0, Row(youthCare).Waiting);
        Assert.Equal((1, 0, 1), (Row(first).Places, Row(first).Occupied, Row(first).Free));
        Assert.Equal((1, 1, 0), (Row(full).Places, Row(full).Occupied, Row(full).Free));
        Assert.Equal(1, occupancy.WaitingPerList[WaitingList.Cosm]);
        Assert.Equal(occupancy.WaitingPerList[WaitingList.RegularShelter], Row(first).Waiting);
        var womensShelters = occupancy.Types.Single(t => t.Type == ShelterType.WomensShelter);
        Assert.Equal((3, 1, 2), (womensShelters.Places, womensShelters.Occupied, womensShelters.Free));
        var proposal = Row(first).Proposal!;
        Assert.Equal(portal.Factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-3), proposal.WaitingSinceUtc);
        Assert.Matches(@"^CM-2026-\d{5}$", proposal.RegistrationNumber);
        Assert.Equal(1, await portal.Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.Read
            && a.EntityType == nameof(PossibleVictim) && a.EntityId == woman.ToString() && a.UserId == portal.Coordinator.UserId, Ct)));

        // Once she has the place, the next one who fits is proposed for the other place; the taken one proposes nobody.
        await portal.AssignAsync(woman, first);
        var after = await OccupancyAsync();
        Assert.Null(after.Facilities.Single(f => f.Id == first).Proposal);
        Assert.Equal(nextWoman, after.Facilities.Single(f => f.Id == second).Proposal?.VictimId);
        Assert.Equal(occupancy.WaitingPerList[WaitingList.RegularShelter] - 1, after.WaitingPerList[WaitingList.RegularShelter]);
    }

    [Fact]
    public async Task The_overview_can_be_limited_to_a_region()
    {
        var inLimburg = await portal.CreateFacilityAsync(portal.Input(ShelterType.Other, places: 4) with { Region = Regions.Limburg });
        var alsoInLimburg = await portal.CreateFacilityAsync(portal.Input(ShelterType.Other, places: 2) with { Region = Regions.Limburg });
        var inZeeland = await portal.CreateFacilityAsync(portal.Input(ShelterType.Other, places: 5) with { Region = Regions.ZeelandWestBrabant });
        await portal.AssignAsync(await portal.RegisterVictimAsync(), inLimburg);

        var limburg = await OccupancyAsync(Regions.Limburg);
        var everywhere = await OccupancyAsync();

        Assert.Equal(Regions.Limburg, limburg.Region);
        Assert.Equal([inLimburg, alsoInLimburg], limburg.Facilities.Select(f => f.Id).Order());
        Assert.All(limburg.Facilities, f => Assert.Equal(Regions.Limburg, f.Region));
        var perType = Assert.Single(limburg.Types);
        Assert.Equal((ShelterType.Other, 6, 1, 5), (perType.Type, perType.Places, perType.Occupied, perType.Free));
        Assert.Contains(everywhere.Facilities, f => f.Id == inZeeland);
        Assert.Contains(everywhere.Facilities, f => f.Id == inLimburg);
    }

    [Fact]
    public async Task Finding_places_puts_the_persons_region_before_more_free_places()
    {
        var victimId = await portal.RegisterVictimAsync(region: Regions.OostBrabant);
        var near = await portal.CreateFacilityAsync(portal.Input(ShelterType.ClosedYouthCare, places: 1) with { Region = Regions.OostBrabant });
        var far = await portal.CreateFacilityAsync(portal.Input(ShelterType.ClosedYouthCare, places: 50) with { Region = Regions.NoordNederland });
        var nearButNotFitting = await portal.CreateFacilityAsync(portal.Input(ShelterType.ClosedYouthCare, places: 50) with { Region = Regions.OostBrabant, MaximumAge = 17 });

        var matches = (await portal.Factory.SendAsync(new FindPlaces.Query(victimId), portal.Coordinator))!.Matches.Select(m => m.FacilityId).ToList();

        Assert.True(matches.IndexOf(near) < matches.IndexOf(far), "The facility in the person's region comes first.");
        Assert.True(matches.IndexOf(far) < matches.IndexOf(nearButNotFitting), "Facilities that fit come before those that do not.");
    }
}
