using Mediator;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Residence;

/// <summary>
/// Every step on a track, for every role: the recording role gets through to the track (and to 404 for a track of another
/// force), every other role is refused before anything is read.
/// </summary>
public sealed class TrackCommandAccessTests(TrackPortal portal) : IClassFixture<TrackPortal>
{
    private static readonly DateOnly Today = TrackPortal.Today;

    /// <summary>Each command with the one role that records it; valid enough to reach the track.</summary>
    public static TheoryData<string, string> Commands() => new()
    {
        { nameof(OfferReflectionPeriod), Roles.Police },
        { nameof(EndReflectionPeriod), Roles.Police },
        { nameof(RecordCooperation), Roles.Police },
        { nameof(RecordProsecutionDecision), Roles.Police },
        { nameof(RecordComplaintOutcome), Roles.Police },
        { nameof(ApplyForResidence), Roles.Ind },
        { nameof(DecideResidenceApplication), Roles.Ind },
        { nameof(ExtendPermit), Roles.Ind },
        { nameof(WithdrawPermit), Roles.Ind },
    };

    private static IBaseCommand Build(string name, Guid trackId, Guid version) => name switch
    {
        nameof(OfferReflectionPeriod) => new OfferReflectionPeriod.Command { TrackId = trackId, Version = version, OfferedOn = Today, Unit = "u", Officer = "o", Decision = ReflectionDecision.Accepted },
        nameof(EndReflectionPeriod) => new EndReflectionPeriod.Command { TrackId = trackId, Version = version, EndedOn = Today, Reason = ReflectionEndReason.Departed },
        nameof(RecordCooperation) => new RecordCooperation.Command { TrackId = trackId, Version = version, Kind = CooperationKind.Report, On = Today, Unit = "u" },
        nameof(RecordProsecutionDecision) => new RecordProsecutionDecision.Command { TrackId = trackId, Version = version, Kind = ProsecutionDecisionKind.Prosecute, On = Today },
        nameof(RecordComplaintOutcome) => new RecordComplaintOutcome.Command { TrackId = trackId, Version = version, Upheld = true, On = Today },
        nameof(ApplyForResidence) => new ApplyForResidence.Command { TrackId = trackId, Version = version, Kind = ApplicationKind.Asylum, On = Today },
        nameof(DecideResidenceApplication) => new DecideResidenceApplication.Command { TrackId = trackId, Version = version, Granted = false, On = Today },
        nameof(ExtendPermit) => new ExtendPermit.Command { TrackId = trackId, Version = version, On = Today, NewValidUntil = Today.AddYears(1) },
        _ => new WithdrawPermit.Command { TrackId = trackId, Version = version, Step = WithdrawPermit.Stage.IntendWithdrawal, On = Today },
    };

    private Task<object?> SendAsync(IBaseCommand command, TestUser user) =>
        portal.Factory.SendAsync((Mediator.IMessage)command, user, async (sender, m) => await sender.Send((object)m));

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Only_the_recording_role_gets_through(string command, string recordingRole)
    {
        var (_, trackId) = await portal.PoliceTrackAsync();
        var version = await portal.VersionOfAsync(trackId);

        foreach (var role in Roles.All.Where(r => r != recordingRole))
        {
            var refused = await Record.ExceptionAsync(() => SendAsync(Build(command, trackId, version), TestUser.InRole(role)));
            Assert.True(refused is ForbiddenAccessException, $"{command} as {role}: {refused?.GetType().Name ?? "allowed"}");
        }
        var recorder = recordingRole == Roles.Police ? portal.Police : portal.Ind;
        var outcome = await Record.ExceptionAsync(() => SendAsync(Build(command, trackId, version), recorder));
        Assert.True(outcome is null or StepNotAllowedException or NrmPortal.Domain.Common.DomainException, $"{command} as {recordingRole}: {outcome}");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_police_force_that_does_not_hold_the_track_gets_not_found(string command, string recordingRole)
    {
        if (recordingRole != Roles.Police) return; // the IND is one national authority and sees every track
        var (_, trackId) = await portal.PoliceTrackAsync();

        var refused = await Record.ExceptionAsync(async () => await SendAsync(Build(command, trackId, await portal.VersionOfAsync(trackId)), portal.OtherPolice));

        Assert.IsType<NotFoundException>(refused);
    }
}
