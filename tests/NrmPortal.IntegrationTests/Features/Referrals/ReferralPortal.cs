using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Referrals;

/// <summary>
/// A portal on a fixed clock (23 November 2026 10:00 UTC) with a care provider that reports signals (the sender), a second
/// care provider and a COA location (receivers), an unrelated care provider, CoMensha and the police; and helpers to register
/// a person from the sender's signal and to refer them.
/// </summary>
public sealed class ReferralPortal : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    public const string Note = "Warme overdracht: spreekt Engels, liever een vrouwelijke hulpverlener; bel eerst de begeleider.";

    public ClockedPortalFactory Factory { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    public TestUser Sender { get; private set; } = null!;
    public TestUser Receiver { get; private set; } = null!;
    public TestUser Coa { get; private set; } = null!;
    public TestUser Unrelated { get; private set; } = null!;
    public TestUser Coordinator { get; private set; } = null!;
    public TestUser Police { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        Sender = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        Receiver = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        Coa = await UserOfNewOrganisationAsync(Roles.Coa, OrganisationType.Coa);
        Unrelated = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
        Coordinator = await UserOfNewOrganisationAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        Police = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    public async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type) =>
        new(Guid.NewGuid(), role, await Factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin));

    /// <summary>Another user of the same organisation, in another role.</summary>
    public static TestUser Colleague(TestUser user, string role) => new(Guid.NewGuid(), role, user.OrganisationId);

    /// <summary>A signal reported by <paramref name="reporter"/> (the sender by default), registered by CoMensha as a new person.</summary>
    public async Task<Guid> RegisteredPersonAsync(TestUser? reporter = null)
    {
        var signal = await Factory.SendAsync(SignalBuilder.Valid(), reporter ?? Sender);
        var version = await Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Version).SingleAsync());
        return (await Factory.SendAsync(new TriageSignal.Command { SignalId = signal.Id, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim }, Coordinator))!.Value;
    }

    public static CreateReferral.Command ReferralTo(Guid victimId, TestUser to, ReferralNeed need = ReferralNeed.PsychologicalHelp) => new()
    {
        VictimId = victimId, ToOrganisationId = to.OrganisationId, Need = need, ConsentRecordedOn = Today.AddDays(-1), Consented = true, HandoverNote = Note,
    };

    /// <summary>A person reported by the sender and referred by the sender to <paramref name="to"/> (the receiver by default).</summary>
    public async Task<(Guid VictimId, Guid ReferralId)> ReferredAsync(TestUser? to = null)
    {
        var victimId = await RegisteredPersonAsync();
        var referralId = await Factory.SendAsync(ReferralTo(victimId, to ?? Receiver), Sender);
        return (victimId, referralId);
    }

    public Task<Guid> VersionOfAsync(Guid referralId) =>
        Factory.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Version).SingleAsync());

    public Task<Referral> LoadAsync(Guid referralId) =>
        Factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == referralId));

    public async Task AcceptAsync(Guid referralId, TestUser? by = null) =>
        await Factory.SendAsync(new AcceptReferral.Command { ReferralId = referralId, Version = await VersionOfAsync(referralId) }, by ?? Receiver);

    public async Task WithdrawAsync(Guid referralId) =>
        await Factory.SendAsync(new WithdrawReferralConsent.Command { ReferralId = referralId, Version = await VersionOfAsync(referralId), WithdrawnOn = Today }, Sender);
}
