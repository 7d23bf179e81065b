using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Features.Residence;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Reception;

/// <summary>Helpers on a <see cref="TrackPortal"/> for COA and guardianship: a COA and a Nidos user, and registered people with a track.</summary>
internal static class ReceptionPortal
{
    public static Task<TestUser> CoaAsync(this TrackPortal portal) => portal.UserOfNewOrganisationAsync(Roles.Coa, OrganisationType.Coa);

    public static Task<TestUser> NidosAsync(this TrackPortal portal) => portal.UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.Nidos);

    /// <summary>A signal by the police, the track they start on it, and CoMensha's registration of the person.</summary>
    public static async Task<(Guid VictimId, Guid TrackId)> RegisteredAsync(this TrackPortal portal, string nationality = "NG", DateOnly? born = null)
    {
        var signal = await portal.Factory.SendAsync(SignalBuilder.Valid() with
        {
            NationalityCode = nationality, ConsentToRegistration = null, DateOfBirth = born, EstimatedAge = born is null ? 25 : null,
        }, portal.Police);
        var trackId = await portal.Factory.SendAsync(new StartTrack.Command(signal.Id), portal.Police);
        var version = await portal.Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Version).SingleAsync());
        var victimId = (await portal.Factory.SendAsync(new TriageSignal.Command { SignalId = signal.Id, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim },
            portal.Coordinator))!.Value;
        return (victimId, trackId);
    }

    /// <summary>A registered person in a reflection period that started on <paramref name="on"/>.</summary>
    public static async Task<Guid> InReflectionAsync(this TrackPortal portal, DateOnly on, string nationality = "NG")
    {
        var (victimId, trackId) = await portal.RegisteredAsync(nationality);
        await portal.OfferAcceptedAsync(trackId, on);
        return victimId;
    }

    /// <summary>Report, permit, dismissal, intention and withdrawal, ending on <paramref name="withdrawnOn"/>.</summary>
    public static async Task WithdrawnAsync(this TrackPortal portal, Guid trackId, DateOnly reportedOn, DateOnly withdrawnOn)
    {
        await portal.ReportAsync(trackId, reportedOn);
        await portal.ApplyAsync(trackId, ApplicationKind.TemporaryAfterCooperation, reportedOn);
        await portal.DecideAsync(trackId, true, reportedOn.AddDays(1), reportedOn.AddDays(1), reportedOn.AddYears(1));
        await portal.DismissAsync(trackId, reportedOn.AddDays(2));
        foreach (var (stage, on) in new[] { (WithdrawPermit.Stage.IntendWithdrawal, reportedOn.AddDays(3)), (WithdrawPermit.Stage.Withdraw, withdrawnOn) })
            await portal.Factory.SendAsync(new WithdrawPermit.Command { TrackId = trackId, Version = await portal.VersionOfAsync(trackId), Step = stage, On = on }, portal.Ind);
    }
}
