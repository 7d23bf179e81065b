using Mediator;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Referrals;

/// <summary>
/// Every referral command for every role: roles outside the command are refused before anything is read; the allowed role of
/// the right organisation gets through; the same role of another organisation does not find the referral (404).
/// </summary>
public sealed class ReferralCommandAccessTests(ReferralPortal portal) : IClassFixture<ReferralPortal>
{
    private static readonly string[] Answerers = [Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa];
    private static readonly string[] Referrers = [Roles.CareWorker, Roles.CoMenshaCoordinator];

    public static TheoryData<string> Commands() => [nameof(CreateReferral), nameof(AcceptReferral), nameof(DeclineReferral), nameof(CompleteReferral), nameof(WithdrawReferralConsent)];

    private static string[] AllowedRoles(string command) => command is nameof(CreateReferral) or nameof(WithdrawReferralConsent) ? Referrers : Answerers;

    private IBaseCommand Build(string name, Guid victimId, Guid referralId, Guid version) => name switch
    {
        nameof(CreateReferral) => ReferralPortal.ReferralTo(victimId, portal.Coa),
        nameof(AcceptReferral) => new AcceptReferral.Command { ReferralId = referralId, Version = version },
        nameof(DeclineReferral) => new DeclineReferral.Command { ReferralId = referralId, Version = version, Reason = "Geen plaats." },
        nameof(CompleteReferral) => new CompleteReferral.Command { ReferralId = referralId, Version = version },
        _ => new WithdrawReferralConsent.Command { ReferralId = referralId, Version = version, WithdrawnOn = ReferralPortal.Today },
    };

    private Task<object?> SendAsync(IBaseCommand command, TestUser user) =>
        portal.Factory.SendAsync((IMessage)command, user, async (sender, m) => await sender.Send((object)m));

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Roles_outside_the_command_are_refused(string command)
    {
        var (victimId, referralId) = await portal.ReferredAsync();
        var version = await portal.VersionOfAsync(referralId);

        foreach (var role in Roles.All.Except(AllowedRoles(command)))
        {
            var refused = await Record.ExceptionAsync(() => SendAsync(Build(command, victimId, referralId, version), TestUser.InRole(role)));
            Assert.True(refused is ForbiddenAccessException, $"{command} as {role}: {refused?.GetType().Name ?? "allowed"}");
        }
        Assert.Equal(ReferralStatus.Sent, (await portal.LoadAsync(referralId)).Status);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task The_allowed_role_of_the_right_organisation_gets_through(string command)
    {
        var (victimId, referralId) = await portal.ReferredAsync();
        if (command == nameof(CompleteReferral)) await portal.AcceptAsync(referralId);
        var version = await portal.VersionOfAsync(referralId);
        var user = command is nameof(CreateReferral) or nameof(WithdrawReferralConsent) ? portal.Sender : portal.Receiver;

        var outcome = await Record.ExceptionAsync(() => SendAsync(Build(command, victimId, referralId, version), user));

        Assert.Null(outcome);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Another_organisation_gets_not_found(string command)
    {
        var (victimId, referralId) = await portal.ReferredAsync();
        var version = await portal.VersionOfAsync(referralId);

        var refused = await Record.ExceptionAsync(() => SendAsync(Build(command, victimId, referralId, version), portal.Unrelated));

        Assert.IsType<NotFoundException>(refused);
    }
}
