using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>
/// Every shelter command and query, for every role: the roles that may send it get through, every other role is refused
/// before anything is read; staff of another provider do not learn that a facility or placement exists; the confidential
/// address reaches CoMensha and the provider's own staff only.
/// </summary>
public sealed class ShelterAccessTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private static readonly DateOnly Today = ShelterPortal.Today;

    /// <summary>A facility with one person requested, a second facility, a person waiting and a person without a place.</summary>
    private sealed record Scene(Guid FacilityId, Guid FacilityVersion, Guid OtherFacilityId, Guid PlacedVictimId, Guid PlacementId, Guid PlacementVersion,
        Guid UnplacedVictimId, Guid WaitingEntryId);

    private async Task<Scene> SceneAsync()
    {
        var facilityId = await portal.CreateFacilityAsync();
        var otherFacilityId = await portal.CreateFacilityAsync();
        var placed = await portal.RegisterVictimAsync();
        var placementId = await portal.AssignAsync(placed, facilityId);
        var unplaced = await portal.RegisterVictimAsync();
        var waiting = await portal.RegisterVictimAsync();
        await portal.WaitAsync(waiting, WaitingList.RegularShelter);
        var entry = Assert.Single(await portal.WaitingListEntriesAsync(waiting));
        return new Scene(facilityId, (await portal.FacilityAsync(facilityId)).Version, otherFacilityId, placed, placementId,
            (await portal.PlacementAsync(placementId)).Version, unplaced, entry.Id);
    }

    /// <summary>Each message with the roles that may send it.</summary>
    private static readonly Dictionary<string, string[]> AllowedRoles = new()
    {
        [nameof(CreateFacility)] = [Roles.CoMenshaCoordinator],
        [nameof(EditFacility)] = [Roles.CoMenshaCoordinator],
        [nameof(SetFacilityActive)] = [Roles.CoMenshaCoordinator],
        [nameof(AssignPlace)] = [Roles.CoMenshaCoordinator],
        [nameof(TransferPlacement)] = [Roles.CoMenshaCoordinator],
        [nameof(ConfirmArrival)] = [Roles.CareWorker],
        [nameof(EndPlacement)] = [Roles.CareWorker, Roles.CoMenshaCoordinator],
        [nameof(ChangeWaitingList.Add)] = [Roles.CoMenshaCoordinator],
        [nameof(ChangeWaitingList.Remove)] = [Roles.CoMenshaCoordinator],
        [nameof(ListFacilities)] = [Roles.CoMenshaCoordinator, Roles.CareWorker],
        [nameof(GetFacility)] = [Roles.CoMenshaCoordinator, Roles.CareWorker],
        [nameof(FindPlaces)] = [Roles.CoMenshaCoordinator],
        [nameof(GetOccupancy)] = [Roles.CoMenshaCoordinator],
        [nameof(ListProviderOptions)] = [Roles.CoMenshaCoordinator],
    };

    public static TheoryData<string> Messages() => [.. AllowedRoles.Keys];

    private IMessage Build(string name, Scene s) => name switch
    {
        nameof(CreateFacility) => new CreateFacility.Command(portal.Input()),
        nameof(EditFacility) => new EditFacility.Command(s.FacilityId, s.FacilityVersion, portal.Input(places: 4)),
        nameof(SetFacilityActive) => new SetFacilityActive.Command(s.FacilityId, s.FacilityVersion, Active: true),
        nameof(AssignPlace) => new AssignPlace.Command(s.UnplacedVictimId, s.FacilityId),
        nameof(TransferPlacement) => new TransferPlacement.Command
        {
            PlacementId = s.PlacementId, Version = s.PlacementVersion, ToFacilityId = s.OtherFacilityId, Reason = TransferReason.Safety, On = Today,
        },
        nameof(ConfirmArrival) => new ConfirmArrival.Command { PlacementId = s.PlacementId, Version = s.PlacementVersion, On = Today },
        nameof(EndPlacement) => new EndPlacement.Command { PlacementId = s.PlacementId, Version = s.PlacementVersion, On = Today, Reason = PlacementEndReason.NotArrived },
        nameof(ChangeWaitingList.Add) => new ChangeWaitingList.Add(s.UnplacedVictimId, WaitingList.Cosm),
        nameof(ChangeWaitingList.Remove) => new ChangeWaitingList.Remove(s.WaitingEntryId),
        nameof(ListFacilities) => new ListFacilities.Query(),
        nameof(GetFacility) => new GetFacility.Query(s.FacilityId),
        nameof(FindPlaces) => new FindPlaces.Query(s.PlacedVictimId),
        nameof(GetOccupancy) => new GetOccupancy.Query(),
        nameof(ListProviderOptions) => new ListProviderOptions.Query(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private Task<object?> SendAsync(IMessage message, TestUser user) =>
        portal.Factory.SendAsync(message, user, async (sender, m) => await sender.Send((object)m));

    /// <summary>Who sends a message in a role: the fixture's coordinator, and the staff of the provider that runs the facility.</summary>
    private TestUser Sender(string role) => role == Roles.CoMenshaCoordinator ? portal.Coordinator : portal.ProviderStaff;

    [Fact]
    public void Every_shelter_message_is_in_the_table()
    {
        var messages = typeof(AssignPlace).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(AssignPlace).Namespace && typeof(IMessage).IsAssignableFrom(t))
            .Select(t => t.DeclaringType == typeof(ChangeWaitingList) ? t.Name : t.DeclaringType!.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(AllowedRoles.Keys.Order(StringComparer.Ordinal), messages);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task Every_other_role_is_refused(string message)
    {
        var scene = await SceneAsync();

        foreach (var user in portal.Everyone.Where(u => !AllowedRoles[message].Contains(u.Role)))
        {
            var refused = await Record.ExceptionAsync(() => SendAsync(Build(message, scene), user));
            Assert.True(refused is ForbiddenAccessException, $"{message} as {user.Role}: {refused?.GetType().Name ?? "allowed"}");
        }
        foreach (var role in Roles.All.Where(r => !AllowedRoles[message].Contains(r)))
        {
            var refused = await Record.ExceptionAsync(() => SendAsync(Build(message, scene), TestUser.InRole(role)));
            Assert.True(refused is ForbiddenAccessException, $"{message} as {role} of no organisation: {refused?.GetType().Name ?? "allowed"}");
        }
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task The_allowed_roles_succeed(string message)
    {
        foreach (var role in AllowedRoles[message])
        {
            var scene = await SceneAsync();

            var outcome = await Record.ExceptionAsync(async () =>
            {
                var result = await SendAsync(Build(message, scene), Sender(role));
                if (message is nameof(GetFacility) or nameof(FindPlaces)) Assert.NotNull(result);
            });

            Assert.True(outcome is null, $"{message} as {role}: {outcome}");
        }
    }

    [Fact]
    public async Task Staff_of_another_provider_do_not_find_the_facility_or_its_placements()
    {
        var scene = await SceneAsync();

        foreach (var staff in new[] { portal.OtherProviderStaff, portal.NonProviderCareWorker })
        {
            Assert.Null(await portal.Factory.SendAsync(new GetFacility.Query(scene.FacilityId), staff));
            await Assert.ThrowsAsync<NotFoundException>(() => portal.Factory.SendAsync(
                new ConfirmArrival.Command { PlacementId = scene.PlacementId, Version = scene.PlacementVersion, On = Today }, staff));
            await Assert.ThrowsAsync<NotFoundException>(() => portal.Factory.SendAsync(
                new EndPlacement.Command { PlacementId = scene.PlacementId, Version = scene.PlacementVersion, On = Today, Reason = PlacementEndReason.NotArrived }, staff));
            Assert.DoesNotContain(await portal.Factory.SendAsync(new ListFacilities.Query(), staff), f => f.Id == scene.FacilityId);
        }
        var placement = await portal.PlacementAsync(scene.PlacementId);
        Assert.Equal((PlacementStatus.Requested, scene.PlacementVersion), (placement.Status, placement.Version));
    }

    [Fact]
    public async Task Provider_staff_list_their_own_facilities_and_CoMensha_lists_all()
    {
        var own = await portal.CreateFacilityAsync();
        var other = await portal.CreateFacilityAsync(organisationId: portal.OtherProviderId);

        var staffList = await portal.Factory.SendAsync(new ListFacilities.Query(), portal.ProviderStaff);
        var otherStaffList = await portal.Factory.SendAsync(new ListFacilities.Query(), portal.OtherProviderStaff);
        var coordinatorList = await portal.Factory.SendAsync(new ListFacilities.Query(), portal.Coordinator);
        var nonProviderList = await portal.Factory.SendAsync(new ListFacilities.Query(), portal.NonProviderCareWorker);

        Assert.Contains(staffList, f => f.Id == own);
        Assert.DoesNotContain(staffList, f => f.Id == other);
        var staffListIds = staffList.Select(f => f.Id).ToList();
        Assert.Equal([portal.ProviderId], await portal.Factory.WithDbAsync(db =>
            db.ShelterFacilities.Where(f => staffListIds.Contains(f.Id)).Select(f => f.OrganisationId).Distinct().ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal([other], otherStaffList.Select(f => f.Id).Where(id => id == own || id == other));
        Assert.Contains(coordinatorList, f => f.Id == own);
        Assert.Contains(coordinatorList, f => f.Id == other);
        Assert.Empty(nonProviderList);
    }

    [Fact]
    public async Task The_confidential_address_reaches_CoMensha_and_the_providers_own_staff_only()
    {
        var input = portal.Input();
        var facilityId = await portal.CreateFacilityAsync(input);

        var forCoordinator = await portal.Factory.SendAsync(new GetFacility.Query(facilityId), portal.Coordinator);
        var forStaff = await portal.Factory.SendAsync(new GetFacility.Query(facilityId), portal.ProviderStaff);
        var forOtherStaff = await portal.Factory.SendAsync(new GetFacility.Query(facilityId), portal.OtherProviderStaff);
        var lists = new[]
        {
            await portal.Factory.SendAsync(new ListFacilities.Query(), portal.Coordinator),
            await portal.Factory.SendAsync(new ListFacilities.Query(), portal.ProviderStaff),
        };

        Assert.Equal(input.ConfidentialAddress, forCoordinator!.ConfidentialAddress);
        Assert.Equal(input.ConfidentialAddress, forStaff!.ConfidentialAddress);
        Assert.Null(forOtherStaff);
        Assert.DoesNotContain(typeof(ListFacilities.Item).GetProperties(), p => p.Name.Contains("Address", StringComparison.Ordinal));
        Assert.All(lists, list =>
        {
            Assert.Contains(list, f => f.Id == facilityId);
            Assert.DoesNotContain("Geheime Gracht", JsonSerializer.Serialize(list), StringComparison.Ordinal);
        });
    }
}
