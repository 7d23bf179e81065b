using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Residence;

/// <summary>
/// A portal on a fixed clock (23 November 2026 10:00 UTC) with two police forces, the IND, CoMensha and a care provider,
/// and helpers to bring a track to the point a test is about.
/// </summary>
public sealed class TrackPortal : IAsyncLifetime
{
    public TrackPortal() : this(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)) { }

    /// <summary>For tests that need their own clock; internal, because a class fixture must have one public constructor.</summary>
    internal TrackPortal(DateTimeOffset now) => Factory = new ClockedPortalFactory(now);

    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);

    public ClockedPortalFactory Factory { get; }
    public TestUser Police { get; private set; } = null!;
    public TestUser OtherPolice { get; private set; } = null!;
    public TestUser Ind { get; private set; } = null!;
    public TestUser Coordinator { get; private set; } = null!;
    public TestUser CareWorker { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        Police = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
        OtherPolice = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
        Ind = await UserOfNewOrganisationAsync(Roles.Ind, OrganisationType.Ind);
        Coordinator = await UserOfNewOrganisationAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        CareWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.CareProvider);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    public async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type, string? email = null) =>
        new(Guid.NewGuid(), role, await Factory.SendAsync(new OrganisationBuilder().OfType(type).Build() with { Email = email }, Admin));

    /// <summary>A signal reported by the police user, and the track they start on it.</summary>
    public async Task<(Guid SignalId, Guid TrackId)> PoliceTrackAsync(string nationality = "NG", TestUser? police = null)
    {
        var signal = await Factory.SendAsync(SignalBuilder.Valid() with { NationalityCode = nationality, ConsentToRegistration = null }, police ?? Police);
        var trackId = await Factory.SendAsync(new StartTrack.Command(signal.Id), police ?? Police);
        return (signal.Id, trackId);
    }

    public Task<Guid> VersionOfAsync(Guid trackId) =>
        Factory.WithDbAsync(db => db.ResidenceTracks.Where(t => t.Id == trackId).Select(t => t.Version).SingleAsync());

    public Task<ResidenceTrack> TrackAsync(Guid trackId) =>
        Factory.WithDbAsync(db => db.ResidenceTracks.AsNoTracking().SingleAsync(t => t.Id == trackId));

    public async Task OfferAcceptedAsync(Guid trackId, DateOnly on) =>
        await Factory.SendAsync(new OfferReflectionPeriod.Command
        {
            TrackId = trackId, Version = await VersionOfAsync(trackId), OfferedOn = on, Unit = "Team Mensenhandel Rotterdam", Officer = "Brigadier De Vries",
            InterpreterUsed = true, InterpreterLanguage = "Engels", Decision = ReflectionDecision.Accepted,
        }, Police);

    public async Task ReportAsync(Guid trackId, DateOnly on) =>
        await Factory.SendAsync(new RecordCooperation.Command
        {
            TrackId = trackId, Version = await VersionOfAsync(trackId), Kind = CooperationKind.Report, On = on, Unit = "Team Mensenhandel Rotterdam", CaseNumber = "PL1700-2026-123",
        }, Police);

    public async Task ApplyAsync(Guid trackId, ApplicationKind kind, DateOnly on, CannotCooperateGround? ground = null) =>
        await Factory.SendAsync(new ApplyForResidence.Command
        {
            TrackId = trackId, Version = await VersionOfAsync(trackId), Kind = kind, On = on, ExOfficio = kind == ApplicationKind.TemporaryAfterCooperation, Ground = ground,
        }, Ind);

    public async Task DecideAsync(Guid trackId, bool granted, DateOnly on, DateOnly? from = null, DateOnly? until = null) =>
        await Factory.SendAsync(new DecideResidenceApplication.Command
        {
            TrackId = trackId, Version = await VersionOfAsync(trackId), Granted = granted, On = on, ValidFrom = from, ValidUntil = until,
        }, Ind);

    public async Task DismissAsync(Guid trackId, DateOnly on) =>
        await Factory.SendAsync(new RecordProsecutionDecision.Command
        {
            TrackId = trackId, Version = await VersionOfAsync(trackId), Kind = ProsecutionDecisionKind.Dismissal, On = on,
        }, Police);
}
