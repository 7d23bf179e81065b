using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Encryption;

/// <summary>
/// Two instances of the portal on one database share the key ring (one application name, keys in the database): what one
/// encrypts, the other reads; a name one registers, the other matches.
/// </summary>
public sealed class SharedKeyRingTests
{
    private sealed class SecondInstance(PortalFactory first) : PortalFactory
    {
        protected override string ConnectionString => $"Data Source={first.DatabasePath}";
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_reads_what_the_first_encrypted()
    {
        await using var first = new PortalFactory();
        await first.InitializeAsync();
        await using var second = new SecondInstance(first);
        await second.InitializeAsync();
        var admin = TestUser.InRole(Roles.Administrator);
        var coordinator = TestUser.InRole(Roles.CoMenshaCoordinator);
        var careWorker = new TestUser(Guid.NewGuid(), Roles.CareWorker,
            await first.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Build(), admin));
        var command = SignalBuilder.Valid() with { Name = "Gedeelde Sleutel " + Guid.NewGuid().ToString("N")[..6], Account = "Van de eerste instantie" };

        var signal = await first.SendAsync(command, careWorker);
        var again = await first.SendAsync(command with { Name = command.Name!.ToUpperInvariant() }, careWorker);
        var version = await first.WithDbAsync(db => Task.FromResult(db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Version).Single()));
        var victimId = await second.SendAsync(new TriageSignal.Command { SignalId = signal.Id, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim }, coordinator);
        var read = await second.SendAsync(new GetSignal.Query(signal.Id), careWorker);
        var matches = await first.SendAsync(new FindMatchingVictims.Query(again.Id), coordinator);

        Assert.Equal("Van de eerste instantie", read!.Account);
        Assert.Contains(matches, c => c.VictimId == victimId);
    }
}
