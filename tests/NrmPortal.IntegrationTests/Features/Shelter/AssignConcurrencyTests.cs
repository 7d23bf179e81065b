using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Domain.Signals;
using NrmPortal.Domain.Shelter;
using NrmPortal.Infrastructure.Persistence;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>
/// Taking places under pressure: however many coordinators assign at the same moment, a facility never holds more people
/// than it has places, and whoever loses is told the place has just gone.
/// </summary>
public sealed class AssignConcurrencyTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private const int Coordinators = 20;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Twenty different persons who all fit a general facility: women and men, Nigerian, Romanian and Dutch, of 18 to 60.</summary>
    private async Task<List<Guid>> PersonsWhoFitAsync(int count)
    {
        var victims = new List<Guid>();
        string[] nationalities = ["NG", "RO", "NL"];
        for (var i = 0; i < count; i++)
            victims.Add(await portal.RegisterVictimAsync(sex: i % 2 == 0 ? Sex.Female : Sex.Male, age: 18 + (i * 2), nationality: nationalities[i % 3]));
        return victims;
    }

    /// <summary>Every assignment at once, each by its own coordinator in its own scope, released together.</summary>
    private async Task<Exception?[]> AssignAllAtOnceAsync(IReadOnlyList<Guid> victims, Guid facilityId)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = victims.Select(victimId => Task.Run(async () =>
        {
            var coordinator = portal.Coordinator with { UserId = Guid.NewGuid() };
            await start.Task;
            return await Record.ExceptionAsync(() => portal.Factory.SendAsync(new AssignPlace.Command(victimId, facilityId), coordinator));
        }, Ct)).ToList();
        start.SetResult();
        return await Task.WhenAll(attempts);
    }

    private static bool IsToldThePlaceHasGone(Exception? outcome) =>
        outcome is ConcurrencyConflictException or BusinessRuleException { Message: ShelterFacility.NoFreePlaceMessage };

    [Fact]
    public async Task Twenty_coordinators_taking_the_one_free_place_at_once_let_exactly_one_win()
    {
        var facilityId = await portal.CreateFacilityAsync(places: 1);
        var victims = await PersonsWhoFitAsync(Coordinators);
        foreach (var victimId in victims) // every one of them fits and sees the free place
            Assert.True((await portal.Factory.SendAsync(new FindPlaces.Query(victimId), portal.Coordinator))!.Matches.Single(m => m.FacilityId == facilityId).Fits);

        var outcomes = await AssignAllAtOnceAsync(victims, facilityId);

        var losers = outcomes.Where(o => o is not null).ToList();
        Assert.Single(outcomes, o => o is null);
        Assert.Equal(Coordinators - 1, losers.Count);
        Assert.All(losers, loser => Assert.True(IsToldThePlaceHasGone(loser), $"A loser was told: {loser}"));
        var noFreePlace = losers.Count(l => l is BusinessRuleException);
        var conflicts = losers.Count(l => l is ConcurrencyConflictException);
        Assert.Equal(Coordinators - 1, noFreePlace + conflicts);
        TestContext.Current.TestOutputHelper?.WriteLine($"{noFreePlace} told 'no free place', {conflicts} told 'conflict'.");

        var facility = await portal.FacilityAsync(facilityId);
        var placements = await portal.Factory.WithDbAsync(db => db.Placements.AsNoTracking().Where(p => p.FacilityId == facilityId).ToListAsync(Ct));
        Assert.Equal((1, 1, 0), (facility.Places, facility.Occupied, facility.FreePlaces));
        var placement = Assert.Single(placements);
        Assert.True(placement.IsActive);
        Assert.Equal(victims[Array.FindIndex(outcomes, o => o is null)], placement.VictimId);
    }

    [Fact]
    public async Task Twenty_coordinators_taking_three_free_places_at_once_let_exactly_three_win()
    {
        var facilityId = await portal.CreateFacilityAsync(places: 3);
        var victims = await PersonsWhoFitAsync(Coordinators);

        var outcomes = await AssignAllAtOnceAsync(victims, facilityId);

        Assert.Equal(3, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), loser => Assert.True(IsToldThePlaceHasGone(loser), $"A loser was told: {loser}"));
        var facility = await portal.FacilityAsync(facilityId);
        Assert.Equal((3, 3), (facility.Places, facility.Occupied));
        Assert.Equal(3, await portal.ActivePlacementsAsync(facilityId));
        var winners = victims.Where((_, i) => outcomes[i] is null).Order().ToList();
        Assert.Equal(winners, await portal.Factory.WithDbAsync(db =>
            db.Placements.Where(p => p.FacilityId == facilityId).Select(p => p.VictimId).OrderBy(v => v).ToListAsync(Ct)));
    }

    [Fact]
    public async Task One_person_assigned_to_two_facilities_at_once_gets_one_place()
    {
        var victimId = Assert.Single(await PersonsWhoFitAsync(1));
        var first = await portal.CreateFacilityAsync(places: 2);
        var second = await portal.CreateFacilityAsync(places: 2);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = new[] { first, second }.Select(facilityId => Task.Run(async () =>
        {
            await start.Task;
            return await Record.ExceptionAsync(() => portal.AssignAsync(victimId, facilityId));
        }, Ct)).ToList();

        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        var loser = Assert.IsType<BusinessRuleException>(Assert.Single(outcomes, o => o is not null));
        Assert.Contains(loser.Message, new[] { AssignPlace.AlreadyPlaced, UnitOfWorkBehaviour<AssignPlace.Command, Guid>.SaveConflictMessage });
        Assert.Equal(1, await portal.Factory.WithDbAsync(db => db.Placements.CountAsync(p => p.VictimId == victimId && p.IsActive, Ct)));
        Assert.Equal(1, (await portal.FacilityAsync(first)).Occupied + (await portal.FacilityAsync(second)).Occupied);
    }

    [Fact]
    public async Task A_place_taken_by_someone_else_between_reading_and_saving_is_taken_again_on_fresh_data()
    {
        var facilityId = await portal.CreateFacilityAsync(places: 3);
        var rounds = 0;

        var occupiedSeen = await InOwnScopeAsync(async (db, writes) => await writes.WithRetryAsync(async () =>
        {
            rounds++;
            var facility = await db.ShelterFacilities.SingleAsync(f => f.Id == facilityId, Ct);
            if (rounds == 1) await TakeAPlaceElsewhereAsync(facilityId); // another coordinator, after our read
            facility.Reserve();
            return facility.Occupied;
        }, Ct));

        Assert.Equal(2, rounds);
        Assert.Equal(2, occupiedSeen); // the second round counted the other coordinator's place
        Assert.Equal(2, (await portal.FacilityAsync(facilityId)).Occupied);
    }

    [Fact]
    public async Task After_losing_every_round_the_conflict_goes_to_the_user_and_nothing_is_written()
    {
        var facilityId = await portal.CreateFacilityAsync(places: 10);
        var rounds = 0;

        var lost = await Record.ExceptionAsync(() => InOwnScopeAsync(async (db, writes) => await writes.WithRetryAsync(async () =>
        {
            rounds++;
            var facility = await db.ShelterFacilities.SingleAsync(f => f.Id == facilityId, Ct);
            await TakeAPlaceElsewhereAsync(facilityId);
            facility.Reserve();
            return 0;
        }, Ct)));

        Assert.IsType<DbUpdateConcurrencyException>(lost);
        Assert.Equal(FacilityWrites.MaxAttempts, rounds);
        Assert.Equal(FacilityWrites.MaxAttempts, (await portal.FacilityAsync(facilityId)).Occupied); // only the other coordinator's places
    }

    private async Task<T> InOwnScopeAsync<T>(Func<IAppDbContext, FacilityWrites, Task<T>> work)
    {
        using var _ = SwitchableCurrentUser.RunAs(portal.Coordinator);
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAppDbContext>(), scope.ServiceProvider.GetRequiredService<FacilityWrites>());
    }

    private Task TakeAPlaceElsewhereAsync(Guid facilityId) => portal.Factory.WithDbAsync(async db =>
    {
        (await db.ShelterFacilities.SingleAsync(f => f.Id == facilityId, Ct)).Reserve();
        await db.SaveChangesAsync(Ct);
    });
}
