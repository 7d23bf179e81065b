using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// A portal on a fixed clock (23 November 2026 10:00 UTC) with two police forces, CoMensha, two care providers and a privacy
/// officer; and a helper that registers a person from a police signal and starts the track on it.
/// </summary>
public sealed class PrivacyPortal : IAsyncLifetime
{
    public static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    public static readonly TestUser Officer = TestUser.InRole(Roles.PrivacyOfficer);

    public PrivacyPortal() : this(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)) { }

    internal PrivacyPortal(DateTimeOffset now) => Factory = new ClockedPortalFactory(now);

    public ClockedPortalFactory Factory { get; }
    public TestUser Police { get; private set; } = null!;
    public TestUser OtherPolice { get; private set; } = null!;
    public TestUser Coordinator { get; private set; } = null!;
    public TestUser CareWorker { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        Police = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
        OtherPolice = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
        Coordinator = await UserOfNewOrganisationAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        CareWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    public async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type) =>
        new(Guid.NewGuid(), role, await Factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin));

    public sealed record Case(Guid SignalId, string SignalReference, Guid VictimId, string RegistrationNumber, Guid TrackId);

    /// <summary>A signal reported by the police, registered by CoMensha as a new person, with the track the police start on it.</summary>
    public async Task<Case> PersonWithTrackAsync()
    {
        var signal = await Factory.SendAsync(SignalBuilder.Valid() with { NationalityCode = "NG", ConsentToRegistration = null }, Police);
        var version = await Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Version).SingleAsync());
        var victimId = (await Factory.SendAsync(new TriageSignal.Command
            { SignalId = signal.Id, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim }, Coordinator))!.Value;
        var trackId = await Factory.SendAsync(new StartTrack.Command(signal.Id), Police);
        var (reference, registration) = await Factory.WithDbAsync(async db => (
            await db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Reference).SingleAsync(),
            await db.PossibleVictims.Where(v => v.Id == victimId).Select(v => v.RegistrationNumber).SingleAsync()));
        return new Case(signal.Id, reference, victimId, registration, trackId);
    }
}
