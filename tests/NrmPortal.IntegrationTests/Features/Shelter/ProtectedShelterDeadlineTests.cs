using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Deadlines;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Deadlines;
using NrmPortal.Domain.Shelter;
using NrmPortal.IntegrationTests.Builders;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>A minor in protected shelter (which ends at 18) appears on CoMensha's deadlines 30 days before turning 18, without a guardian recorded.</summary>
public sealed class ProtectedShelterDeadlineTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> RegisterBornAsync(DateOnly born)
    {
        var signal = await portal.Factory.SendAsync(SignalBuilder.Valid() with { EstimatedAge = null, DateOfBirth = born, NationalityCode = "ER" }, portal.ProviderStaff);
        var version = await portal.Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Version).SingleAsync(Ct));
        return (await portal.Factory.SendAsync(new TriageSignal.Command { SignalId = signal.Id, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim }, portal.Coordinator))!.Value;
    }

    [Fact]
    public async Task A_minor_placed_in_protected_shelter_is_due_30_days_before_turning_18_and_not_31()
    {
        var today = ShelterPortal.Today;
        var in30 = await RegisterBornAsync(today.AddDays(30).AddYears(-18));
        var in31 = await RegisterBornAsync(today.AddDays(31).AddYears(-18));
        var facility = await portal.CreateFacilityAsync(ShelterType.ProtectedShelterForMinors, places: 5);
        await portal.AssignAsync(in30, facility);
        await portal.AssignAsync(in31, facility);

        var due = (await portal.Factory.SendAsync(new ListDueItems.Query(), portal.Coordinator)).Items;

        Assert.Equal(today.AddDays(30), Assert.Single(due, i => i.VictimId == in30 && i.Kind == DeadlineKind.MinorTurns18).DueOn);
        Assert.DoesNotContain(due, i => i.VictimId == in31);
    }
}
