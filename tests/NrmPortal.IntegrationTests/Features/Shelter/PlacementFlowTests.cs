using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Victims;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>Assigning, transferring and ending places; arrival and departure; waiting lists; facilities; reads logged.</summary>
public sealed class PlacementFlowTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private static readonly DateOnly Today = ShelterPortal.Today;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ClockedPortalFactory Factory => portal.Factory;

    private async Task<Guid> PlacementVersionAsync(Guid placementId) => (await portal.PlacementAsync(placementId)).Version;

    [Fact]
    public async Task Assigning_a_place_takes_it_and_takes_the_person_off_the_matching_waiting_list()
    {
        var victimId = await portal.RegisterVictimAsync();
        var cosm = await portal.CreateFacilityAsync(ShelterType.Cosm, places: 2);
        await portal.WaitAsync(victimId, WaitingList.Cosm);
        await portal.WaitAsync(victimId, WaitingList.RegularShelter);

        var placementId = await portal.AssignAsync(victimId, cosm);

        var placement = await portal.PlacementAsync(placementId);
        Assert.Equal((victimId, cosm, PlacementStatus.Requested, true), (placement.VictimId, placement.FacilityId, placement.Status, placement.IsActive));
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime, placement.RequestedAtUtc);
        var facility = await portal.FacilityAsync(cosm);
        Assert.Equal((2, 1), (facility.Places, facility.Occupied));
        var entries = await portal.WaitingListEntriesAsync(victimId);
        var cosmEntry = Assert.Single(entries, e => e.List == WaitingList.Cosm);
        Assert.Equal((false, true), (cosmEntry.IsWaiting, cosmEntry.Placed));
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime, cosmEntry.RemovedAtUtc);
        Assert.True(Assert.Single(entries, e => e.List == WaitingList.RegularShelter).IsWaiting); // another kind of place: still waiting

        var places = (await Factory.SendAsync(new FindPlaces.Query(victimId), portal.Coordinator))!;
        Assert.Equal((placementId, cosm, PlacementStatus.Requested), (places.Placement!.Id, places.Placement.FacilityId, places.Placement.Status));
        Assert.Equal([WaitingList.RegularShelter], places.WaitingLists.Select(w => w.List));
    }

    [Fact]
    public async Task A_person_with_a_place_gets_no_second_one()
    {
        var victimId = await portal.RegisterVictimAsync();
        var first = await portal.CreateFacilityAsync();
        var second = await portal.CreateFacilityAsync();
        await portal.AssignAsync(victimId, first);

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => portal.AssignAsync(victimId, second));

        Assert.Equal(AssignPlace.AlreadyPlaced, refused.Message);
        Assert.Equal(0, (await portal.FacilityAsync(second)).Occupied);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Placements.CountAsync(p => p.VictimId == victimId, Ct)));
    }

    [Fact]
    public async Task A_facility_that_does_not_fit_is_refused_and_the_list_says_why()
    {
        var dutch = await portal.RegisterVictimAsync(nationality: "NL");
        var man = await portal.RegisterVictimAsync(sex: Sex.Male);
        var cosm = await portal.CreateFacilityAsync(ShelterType.Cosm);
        var forWomen = await portal.CreateFacilityAsync(portal.Input(ShelterType.WomensShelter) with { Sexes = [SexesAdmitted.Women] });

        var cosmRefused = await Assert.ThrowsAsync<BusinessRuleException>(() => portal.AssignAsync(dutch, cosm));
        var womenRefused = await Assert.ThrowsAsync<BusinessRuleException>(() => portal.AssignAsync(man, forWomen));
        var dutchPlaces = (await Factory.SendAsync(new FindPlaces.Query(dutch), portal.Coordinator))!;
        var manPlaces = (await Factory.SendAsync(new FindPlaces.Query(man), portal.Coordinator))!;

        Assert.Equal(AssignPlace.DoesNotFit, cosmRefused.Message);
        Assert.Equal(AssignPlace.DoesNotFit, womenRefused.Message);
        Assert.Equal((0, 0), ((await portal.FacilityAsync(cosm)).Occupied, (await portal.FacilityAsync(forWomen)).Occupied));
        Assert.Equal([MismatchReason.CosmIsForForeignVictims], dutchPlaces.Matches.Single(m => m.FacilityId == cosm).Reasons);
        Assert.Equal([MismatchReason.SexNotAdmitted], manPlaces.Matches.Single(m => m.FacilityId == forWomen).Reasons);
        Assert.True(dutchPlaces.Matches.Single(m => m.FacilityId == forWomen).Fits);
        Assert.Equal(NationalityGroup.Dutch, dutchPlaces.Profile.Nationality);
        // Best fit first: every facility that fits comes before every one that does not.
        Assert.Equal(dutchPlaces.Matches.OrderBy(m => m.Fits ? 0 : 1).Select(m => m.FacilityId), dutchPlaces.Matches.Select(m => m.FacilityId));
    }

    [Fact]
    public async Task A_full_facility_and_a_closed_file_are_refused()
    {
        var facility = await portal.CreateFacilityAsync(places: 1);
        await portal.AssignAsync(await portal.RegisterVictimAsync(), facility);
        var next = await portal.RegisterVictimAsync();
        var closed = await portal.RegisterVictimAsync();
        var file = (await Factory.SendAsync(new GetVictimFile.Query(closed), portal.Coordinator))!;
        await Factory.SendAsync(new CloseVictimFile.Command(closed, file.Version, CloseReason.Returned), portal.Coordinator);

        var full = await Assert.ThrowsAsync<BusinessRuleException>(() => portal.AssignAsync(next, facility));
        var other = await portal.CreateFacilityAsync();
        var closedFile = await Assert.ThrowsAsync<BusinessRuleException>(() => portal.AssignAsync(closed, other));
        var unknown = await Record.ExceptionAsync(() => portal.AssignAsync(Guid.NewGuid(), facility));
        var noFacility = await Record.ExceptionAsync(() => portal.AssignAsync(next, Guid.NewGuid()));

        Assert.Equal(ShelterFacility.NoFreePlaceMessage, full.Message);
        Assert.Equal(AssignPlace.FileClosed, closedFile.Message);
        Assert.IsType<NotFoundException>(unknown);
        Assert.IsType<NotFoundException>(noFacility);
        Assert.Equal(1, (await portal.FacilityAsync(facility)).Occupied);
    }

    [Fact]
    public async Task A_transfer_frees_the_old_place_and_takes_the_new_one()
    {
        var victimId = await portal.RegisterVictimAsync();
        var from = await portal.CreateFacilityAsync(places: 1);
        var to = await portal.CreateFacilityAsync(ShelterType.Cosm, places: 1, organisationId: portal.OtherProviderId);
        var firstId = await portal.AssignAsync(victimId, from);
        await Factory.SendAsync(new ConfirmArrival.Command { PlacementId = firstId, Version = await PlacementVersionAsync(firstId), On = Today }, portal.ProviderStaff);

        var nextId = await Factory.SendAsync(new TransferPlacement.Command
        {
            PlacementId = firstId, Version = await PlacementVersionAsync(firstId), ToFacilityId = to, Reason = TransferReason.Safety, On = Today,
        }, portal.Coordinator);

        var first = await portal.PlacementAsync(firstId);
        var next = await portal.PlacementAsync(nextId);
        Assert.Equal((PlacementStatus.Ended, false, PlacementEndReason.Transferred, Today), (first.Status, first.IsActive, first.EndReason, first.EndedOn));
        Assert.Equal((to, PlacementStatus.Requested, true, firstId, TransferReason.Safety), (next.FacilityId, next.Status, next.IsActive, next.TransferredFromId, next.TransferReason));
        Assert.Equal((0, 0), ((await portal.FacilityAsync(from)).Occupied, await portal.ActivePlacementsAsync(from)));
        Assert.Equal((1, 1), ((await portal.FacilityAsync(to)).Occupied, await portal.ActivePlacementsAsync(to)));
        // The new shelter confirms the arrival; the old one no longer sees the person.
        await Factory.SendAsync(new ConfirmArrival.Command { PlacementId = nextId, Version = await PlacementVersionAsync(nextId), On = Today }, portal.OtherProviderStaff);
        Assert.Empty((await Factory.SendAsync(new GetFacility.Query(from), portal.ProviderStaff))!.Occupants);
        Assert.Equal(victimId, Assert.Single((await Factory.SendAsync(new GetFacility.Query(to), portal.OtherProviderStaff))!.Occupants).VictimId);
    }

    [Fact]
    public async Task A_transfer_to_a_full_facility_or_the_same_one_changes_nothing()
    {
        var victimId = await portal.RegisterVictimAsync();
        var from = await portal.CreateFacilityAsync(places: 1);
        var full = await portal.CreateFacilityAsync(places: 1);
        await portal.AssignAsync(await portal.RegisterVictimAsync(), full);
        var placementId = await portal.AssignAsync(victimId, from);
        var version = await PlacementVersionAsync(placementId);
        TransferPlacement.Command To(Guid facility) => new() { PlacementId = placementId, Version = version, ToFacilityId = facility, Reason = TransferReason.BetterFit, On = Today };

        var toFull = await Assert.ThrowsAsync<BusinessRuleException>(() => Factory.SendAsync(To(full), portal.Coordinator));
        var toSame = await Record.ExceptionAsync(() => Factory.SendAsync(To(from), portal.Coordinator));

        Assert.Equal(ShelterFacility.NoFreePlaceMessage, toFull.Message);
        Assert.IsType<BusinessRuleException>(toSame);
        var placement = await portal.PlacementAsync(placementId);
        Assert.Equal((PlacementStatus.Requested, true, version), (placement.Status, placement.IsActive, placement.Version));
        Assert.Equal((1, 1), ((await portal.FacilityAsync(from)).Occupied, (await portal.FacilityAsync(full)).Occupied));
    }

    [Fact]
    public async Task Ending_a_request_that_was_never_taken_up_frees_the_place()
    {
        var victimId = await portal.RegisterVictimAsync();
        var facility = await portal.CreateFacilityAsync(places: 1);
        var placementId = await portal.AssignAsync(victimId, facility);

        var asTransfer = await Assert.ThrowsAsync<RequestValidationException>(() => Factory.SendAsync(new EndPlacement.Command
        {
            PlacementId = placementId, Version = Guid.Empty, On = Today, Reason = PlacementEndReason.Transferred,
        }, portal.Coordinator));
        var asDeparture = await Assert.ThrowsAsync<DomainException>(async () => await Factory.SendAsync(new EndPlacement.Command
        {
            PlacementId = placementId, Version = await PlacementVersionAsync(placementId), On = Today, Reason = PlacementEndReason.Returned,
        }, portal.Coordinator));
        await Factory.SendAsync(new EndPlacement.Command
        {
            PlacementId = placementId, Version = await PlacementVersionAsync(placementId), On = Today, Reason = PlacementEndReason.NotArrived,
        }, portal.Coordinator);

        Assert.Contains(nameof(EndPlacement.Command.Reason), asTransfer.Errors.Keys);
        Assert.NotNull(asDeparture);
        var placement = await portal.PlacementAsync(placementId);
        Assert.Equal((PlacementStatus.Ended, false, PlacementEndReason.NotArrived), (placement.Status, placement.IsActive, placement.EndReason));
        Assert.Equal((0, 1), ((await portal.FacilityAsync(facility)).Occupied, (await portal.FacilityAsync(facility)).FreePlaces));
        // The place can be taken again, and the person can get a place again.
        await portal.AssignAsync(await portal.RegisterVictimAsync(), facility);
        await portal.AssignAsync(victimId, await portal.CreateFacilityAsync());
    }

    [Fact]
    public async Task The_shelter_confirms_arrival_and_then_records_departure()
    {
        var victimId = await portal.RegisterVictimAsync();
        var facility = await portal.CreateFacilityAsync(places: 2);
        var placementId = await portal.AssignAsync(victimId, facility);
        var requestedVersion = await PlacementVersionAsync(placementId);

        var future = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(
            new ConfirmArrival.Command { PlacementId = placementId, Version = requestedVersion, On = Today.AddDays(1) }, portal.ProviderStaff));
        await Factory.SendAsync(new ConfirmArrival.Command { PlacementId = placementId, Version = requestedVersion, On = Today }, portal.ProviderStaff);
        var staleDeparture = await Record.ExceptionAsync(() => Factory.SendAsync(
            new EndPlacement.Command { PlacementId = placementId, Version = requestedVersion, On = Today, Reason = PlacementEndReason.Returned }, portal.ProviderStaff));
        var occupiedAfterStale = (await portal.FacilityAsync(facility)).Occupied;
        var again = await Record.ExceptionAsync(async () => await Factory.SendAsync(
            new ConfirmArrival.Command { PlacementId = placementId, Version = await PlacementVersionAsync(placementId), On = Today }, portal.ProviderStaff));
        var placed = await portal.PlacementAsync(placementId);
        var notArrived = await Record.ExceptionAsync(() => Factory.SendAsync(
            new EndPlacement.Command { PlacementId = placementId, Version = placed.Version, On = Today, Reason = PlacementEndReason.NotArrived }, portal.ProviderStaff));
        await Factory.SendAsync(new EndPlacement.Command { PlacementId = placementId, Version = placed.Version, On = Today, Reason = PlacementEndReason.IndependentHousing }, portal.ProviderStaff);
        var endAgain = await Record.ExceptionAsync(async () => await Factory.SendAsync(new EndPlacement.Command
        {
            PlacementId = placementId, Version = await PlacementVersionAsync(placementId), On = Today, Reason = PlacementEndReason.Returned,
        }, portal.ProviderStaff));

        Assert.Equal("A date cannot lie in the future.", future.Message);
        Assert.Equal((PlacementStatus.Placed, Today), (placed.Status, placed.ArrivedOn));
        Assert.IsType<ConcurrencyConflictException>(staleDeparture); // the retries on fresh data do not override the version the user saw
        Assert.Equal(1, occupiedAfterStale);
        Assert.IsType<DomainException>(again);
        Assert.IsType<DomainException>(notArrived);
        Assert.IsType<DomainException>(endAgain);
        var ended = await portal.PlacementAsync(placementId);
        Assert.Equal((PlacementStatus.Ended, false, Today, PlacementEndReason.IndependentHousing), (ended.Status, ended.IsActive, ended.EndedOn, ended.EndReason));
        Assert.Equal(0, (await portal.FacilityAsync(facility)).Occupied);
        var file = (await Factory.SendAsync(new GetVictimFile.Query(victimId), portal.Coordinator))!;
        // On the person's timeline (date-only steps sort at the start of their day, as the track's do).
        Assert.Equal([PlacementStatus.Requested, PlacementStatus.Placed, PlacementStatus.Ended], file.PlacementEvents.Select(e => e.Step).Order());
        Assert.Equal(PlacementEndReason.IndependentHousing, file.PlacementEvents.Single(e => e.Step == PlacementStatus.Ended).EndReason);
    }

    [Fact]
    public async Task A_person_waits_on_each_list_once_in_the_order_added()
    {
        var first = await portal.RegisterVictimAsync();
        var second = await portal.RegisterVictimAsync();
        await portal.WaitAsync(first, WaitingList.AsylumReception);
        await portal.WaitAsync(second, WaitingList.AsylumReception);

        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => Factory.SendAsync(new ChangeWaitingList.Add(first, WaitingList.AsylumReception), portal.Coordinator));
        var noList = await Assert.ThrowsAsync<RequestValidationException>(() => Factory.SendAsync(new ChangeWaitingList.Add(first, null), portal.Coordinator));
        var unknown = await Record.ExceptionAsync(() => Factory.SendAsync(new ChangeWaitingList.Add(Guid.NewGuid(), WaitingList.Cosm), portal.Coordinator));
        var firstWaiting = Assert.Single((await Factory.SendAsync(new FindPlaces.Query(first), portal.Coordinator))!.WaitingLists);
        var secondWaiting = Assert.Single((await Factory.SendAsync(new FindPlaces.Query(second), portal.Coordinator))!.WaitingLists);
        await Factory.SendAsync(new ChangeWaitingList.Remove(firstWaiting.EntryId), portal.Coordinator);
        var removeAgain = await Record.ExceptionAsync(() => Factory.SendAsync(new ChangeWaitingList.Remove(firstWaiting.EntryId), portal.Coordinator));
        var secondAfter = Assert.Single((await Factory.SendAsync(new FindPlaces.Query(second), portal.Coordinator))!.WaitingLists);

        Assert.Equal(ChangeWaitingList.AlreadyWaiting, twice.Message);
        Assert.NotEmpty(noList.Errors);
        Assert.IsType<NotFoundException>(unknown);
        Assert.Equal(firstWaiting.Position + 1, secondWaiting.Position);
        Assert.IsType<DomainException>(removeAgain);
        Assert.Equal(secondWaiting.Position - 1, secondAfter.Position);
        var removed = Assert.Single(await portal.WaitingListEntriesAsync(first));
        Assert.Equal((false, false), (removed.IsWaiting, removed.Placed));
        // Off the list, the person can be put on it again.
        await portal.WaitAsync(first, WaitingList.AsylumReception);
        Assert.Equal(2, (await portal.WaitingListEntriesAsync(first)).Count);
    }

    [Fact]
    public async Task A_facility_is_created_for_a_provider_and_changed_with_the_version_seen()
    {
        var nonProvider = await Record.ExceptionAsync(() => portal.CreateFacilityAsync(organisationId: portal.NonProviderCareWorker.OrganisationId));
        var missing = await Assert.ThrowsAsync<RequestValidationException>(() => portal.CreateFacilityAsync(new FacilityInput()));
        var input = portal.Input(places: 2);
        var facilityId = await portal.CreateFacilityAsync(input);
        await portal.AssignAsync(await portal.RegisterVictimAsync(), facilityId);
        await portal.AssignAsync(await portal.RegisterVictimAsync(), facilityId);
        var version = (await portal.FacilityAsync(facilityId)).Version;

        var belowOccupied = await Record.ExceptionAsync(() => Factory.SendAsync(new EditFacility.Command(facilityId, version, input with { Places = 1 }), portal.Coordinator));
        await Factory.SendAsync(new EditFacility.Command(facilityId, version, input with { Places = 5, Name = "Nieuwe naam " + Guid.NewGuid().ToString("N")[..6] }), portal.Coordinator);
        var stale = await Record.ExceptionAsync(() => Factory.SendAsync(new EditFacility.Command(facilityId, version, input with { Places = 9 }), portal.Coordinator));

        Assert.Equal(CreateFacility.ChooseProvider, Assert.Single(Assert.IsType<RequestValidationException>(nonProvider).Errors["Input.OrganisationId"]));
        Assert.Superset(new HashSet<string> { "Input.OrganisationId", "Input.Name", "Input.Type", "Input.Places", "Input.Sexes", "Input.Nationalities", "Input.Region" },
            missing.Errors.Keys.ToHashSet());
        Assert.IsType<DomainException>(belowOccupied);
        Assert.IsType<ConcurrencyConflictException>(stale);
        var facility = await portal.FacilityAsync(facilityId);
        Assert.Equal((5, 2, portal.ProviderId), (facility.Places, facility.Occupied, facility.OrganisationId));
        Assert.StartsWith("Nieuwe naam", facility.Name, StringComparison.Ordinal);
        Assert.Equal(input.ConfidentialAddress, facility.ConfidentialAddress);
    }

    [Fact]
    public async Task Reading_a_facility_or_a_persons_places_logs_the_persons_read()
    {
        var facility = await portal.CreateFacilityAsync();
        var first = await portal.RegisterVictimAsync();
        var second = await portal.RegisterVictimAsync();
        await portal.AssignAsync(first, facility);
        await portal.AssignAsync(second, facility);
        Task<int> ReadsAsync(Guid victimId, TestUser user) => Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(PossibleVictim)
            && a.EntityId == victimId.ToString() && a.Action == AuditAction.Read && a.UserId == user.UserId, Ct));

        await Factory.SendAsync(new GetFacility.Query(facility), portal.ProviderStaff);
        await Factory.SendAsync(new FindPlaces.Query(first), portal.Coordinator);

        Assert.Equal((1, 1), (await ReadsAsync(first, portal.ProviderStaff), await ReadsAsync(second, portal.ProviderStaff)));
        Assert.Equal((1, 0), (await ReadsAsync(first, portal.Coordinator), await ReadsAsync(second, portal.Coordinator)));
        // Someone who may not see the facility reads no one.
        await Factory.SendAsync(new GetFacility.Query(facility), portal.OtherProviderStaff);
        Assert.Equal(0, await ReadsAsync(first, portal.OtherProviderStaff));
    }
}
