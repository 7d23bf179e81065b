using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Referrals;

/// <summary>Referrals through the whole pipeline: who may refer whom, who answers, who sees the handover note, the timeline.</summary>
public sealed class ReferralTests(ReferralPortal portal) : IClassFixture<ReferralPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;
    private static readonly DateOnly Today = ReferralPortal.Today;

    [Fact]
    public async Task A_care_worker_refers_a_person_their_organisation_reported_and_the_receiver_accepts_and_completes()
    {
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var (victimId, referralId) = await portal.ReferredAsync();

        var sent = await portal.LoadAsync(referralId);
        await portal.AcceptAsync(referralId);
        await _factory.SendAsync(new CompleteReferral.Command { ReferralId = referralId, Version = await portal.VersionOfAsync(referralId) }, portal.Receiver);
        var completed = await portal.LoadAsync(referralId);

        Assert.Equal(ReferralStatus.Sent, sent.Status);
        Assert.Equal(victimId, sent.VictimId);
        Assert.Equal(portal.Sender.OrganisationId, sent.FromOrganisationId);
        Assert.Equal(portal.Sender.UserId, sent.FromUserId);
        Assert.Equal(Today.AddDays(-1), sent.ConsentRecordedOn);
        Assert.Equal(now, sent.SentAtUtc);
        Assert.Equal(ReferralStatus.Completed, completed.Status);
        Assert.NotNull(completed.RespondedAtUtc);
        Assert.NotNull(completed.CompletedAtUtc);
    }

    [Fact]
    public async Task A_care_worker_cannot_refer_a_person_their_organisation_is_not_involved_with()
    {
        var victimId = await portal.RegisteredPersonAsync(); // reported by the sender, not by the unrelated organisation

        var refused = await Record.ExceptionAsync(() => _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Receiver), portal.Unrelated));
        var form = await _factory.SendAsync(new GetReferralForm.Query(victimId), portal.Unrelated);
        var page = await _factory.ClientFor(portal.Unrelated).GetAsync(new Uri($"/Referrals/Create?victimId={victimId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.IsType<NotFoundException>(refused);
        Assert.Null(form);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Referrals.CountAsync(r => r.VictimId == victimId)));
    }

    [Fact]
    public async Task A_receiver_that_accepted_may_refer_onwards_but_not_before_and_CoMensha_may_refer_anyone()
    {
        var (victimId, referralId) = await portal.ReferredAsync();

        var beforeAccepting = await Record.ExceptionAsync(() => _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Coa, ReferralNeed.PracticalHelp), portal.Receiver));
        await portal.AcceptAsync(referralId);
        var onwards = await _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Coa, ReferralNeed.PracticalHelp), portal.Receiver);
        var byCoMensha = await _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Unrelated, ReferralNeed.LegalAid), portal.Coordinator);

        Assert.IsType<NotFoundException>(beforeAccepting);
        Assert.Equal(portal.Receiver.OrganisationId, (await portal.LoadAsync(onwards)).FromOrganisationId);
        Assert.Equal(portal.Coordinator.OrganisationId, (await portal.LoadAsync(byCoMensha)).FromOrganisationId);
    }

    [Fact]
    public async Task A_referral_to_the_own_organisation_or_an_inactive_one_is_refused_with_a_message()
    {
        var victimId = await portal.RegisteredPersonAsync();

        var own = await Record.ExceptionAsync(() => _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Sender), portal.Sender));
        var unknown = await Record.ExceptionAsync(() => _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Sender) with { ToOrganisationId = Guid.NewGuid() }, portal.Sender));
        var noConsent = await Record.ExceptionAsync(() => _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Receiver) with { Consented = false }, portal.Sender));

        Assert.Contains(CreateReferral.NotOwnOrganisation, Assert.IsType<RequestValidationException>(own).Errors.SelectMany(e => e.Value));
        Assert.Contains(CreateReferral.ChooseOrganisation, Assert.IsType<RequestValidationException>(unknown).Errors.SelectMany(e => e.Value));
        Assert.Contains(CreateReferral.ConfirmConsent, Assert.IsType<RequestValidationException>(noConsent).Errors.SelectMany(e => e.Value));
    }

    [Fact]
    public async Task Another_organisation_does_not_find_the_referral_and_the_sender_cannot_answer_it()
    {
        var (_, referralId) = await portal.ReferredAsync();
        var version = await portal.VersionOfAsync(referralId);

        var read = await _factory.SendAsync(new GetReferral.Query(referralId), portal.Unrelated);
        var accept = await Record.ExceptionAsync(() => _factory.SendAsync(new AcceptReferral.Command { ReferralId = referralId, Version = version }, portal.Unrelated));
        var withdraw = await Record.ExceptionAsync(() => _factory.SendAsync(
            new WithdrawReferralConsent.Command { ReferralId = referralId, Version = version, WithdrawnOn = Today }, portal.Unrelated));
        var page = await _factory.ClientFor(portal.Unrelated).GetAsync(new Uri($"/Referrals/Details/{referralId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var senderAccepting = await Record.ExceptionAsync(() => _factory.SendAsync(new AcceptReferral.Command { ReferralId = referralId, Version = version }, portal.Sender));
        var receiverWithdrawing = await Record.ExceptionAsync(() => _factory.SendAsync(
            new WithdrawReferralConsent.Command { ReferralId = referralId, Version = version, WithdrawnOn = Today }, portal.Receiver));

        Assert.Null(read);
        Assert.IsType<NotFoundException>(accept);
        Assert.IsType<NotFoundException>(withdraw);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.IsType<ForbiddenAccessException>(senderAccepting);
        Assert.IsType<ForbiddenAccessException>(receiverWithdrawing);
        Assert.Equal(ReferralStatus.Sent, (await portal.LoadAsync(referralId)).Status);
    }

    [Fact]
    public async Task Any_role_of_the_receiving_organisation_answers_except_an_administrator()
    {
        var (_, referralId) = await portal.ReferredAsync(to: portal.Coa);
        var version = await portal.VersionOfAsync(referralId);

        var admin = await Record.ExceptionAsync(() => _factory.SendAsync(new AcceptReferral.Command { ReferralId = referralId, Version = version },
            ReferralPortal.Colleague(portal.Coa, Roles.Administrator)));
        await _factory.SendAsync(new DeclineReferral.Command { ReferralId = referralId, Version = version, Reason = "Geen plaats op deze locatie." }, portal.Coa);
        var declined = (await _factory.SendAsync(new GetReferral.Query(referralId), portal.Sender))!;

        Assert.IsType<ForbiddenAccessException>(admin);
        Assert.Equal(ReferralStatus.Declined, declined.Status);
        Assert.Equal("Geen plaats op deze locatie.", declined.DeclineReason);
        Assert.Empty(declined.AllowedSteps);
    }

    [Fact]
    public async Task The_handover_note_is_for_sender_and_receiver_not_for_CoMensha_when_it_is_not_a_party()
    {
        var (_, referralId) = await portal.ReferredAsync();

        var sender = (await _factory.SendAsync(new GetReferral.Query(referralId), portal.Sender))!;
        var receiver = (await _factory.SendAsync(new GetReferral.Query(referralId), portal.Receiver))!;
        var coMensha = (await _factory.SendAsync(new GetReferral.Query(referralId), portal.Coordinator))!;
        var coMenshaPage = await _factory.ClientFor(portal.Coordinator).GetDocumentAsync($"/Referrals/Details/{referralId}");
        var receiverPage = await _factory.ClientFor(portal.Receiver).GetDocumentAsync($"/Referrals/Details/{referralId}");

        Assert.Equal(ReferralPortal.Note, sender.HandoverNote);
        Assert.Equal(ReferralPortal.Note, receiver.HandoverNote);
        Assert.Null(coMensha.HandoverNote);
        Assert.False(coMensha.SeesHandoverNote);
        Assert.Equal(ReferralStatus.Sent, coMensha.Status);
        Assert.Empty(coMensha.AllowedSteps);
        Assert.DoesNotContain(ReferralPortal.Note, coMenshaPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(coMenshaPage.QuerySelector("#handover-note-hidden"));
        Assert.Equal(ReferralPortal.Note, receiverPage.TextOf("#handover-note"));
        Assert.NotNull(receiverPage.QuerySelector("#accept-form"));
        Assert.NotNull(receiverPage.QuerySelector("#decline-form"));
        Assert.Null(receiverPage.QuerySelector("#complete-form"));
        Assert.Null(receiverPage.QuerySelector("#withdraw-form"));
    }

    [Fact]
    public async Task Withdrawing_consent_stops_the_referral_and_hides_the_note_from_the_receiver()
    {
        var (_, referralId) = await portal.ReferredAsync();
        await portal.AcceptAsync(referralId);

        await portal.WithdrawAsync(referralId);
        var receiver = (await _factory.SendAsync(new GetReferral.Query(referralId), portal.Receiver))!;
        var sender = (await _factory.SendAsync(new GetReferral.Query(referralId), portal.Sender))!;
        var completing = await Record.ExceptionAsync(async () => await _factory.SendAsync(
            new CompleteReferral.Command { ReferralId = referralId, Version = await portal.VersionOfAsync(referralId) }, portal.Receiver));
        var page = await _factory.ClientFor(portal.Receiver).GetDocumentAsync($"/Referrals/Details/{referralId}");
        var incoming = await _factory.SendAsync(new ListReferrals.Query(ListReferrals.Box.Incoming, ReferralStatus.Withdrawn), portal.Receiver);

        Assert.Equal(ReferralStatus.Withdrawn, receiver.Status);
        Assert.Equal(Today, receiver.ConsentWithdrawnOn);
        Assert.Null(receiver.HandoverNote);
        Assert.Null(receiver.Name);
        Assert.Empty(receiver.AllowedSteps);
        Assert.Equal(ReferralPortal.Note, sender.HandoverNote);
        Assert.Equal(Referral.StoppedByWithdrawal, Assert.IsType<DomainException>(completing).Message);
        Assert.NotNull(page.QuerySelector("#consent-withdrawn"));
        Assert.NotNull(page.QuerySelector("#handover-note-withdrawn"));
        Assert.DoesNotContain(ReferralPortal.Note, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(incoming.Items, i => i.Id == referralId);
    }

    [Fact]
    public async Task The_lists_show_incoming_and_outgoing_of_the_own_organisation_newest_first_by_status()
    {
        var (_, first) = await portal.ReferredAsync();
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, second) = await portal.ReferredAsync();
        await portal.AcceptAsync(second);

        var outgoing = await _factory.SendAsync(new ListReferrals.Query(ListReferrals.Box.Outgoing), portal.Sender);
        var incoming = await _factory.SendAsync(new ListReferrals.Query(ListReferrals.Box.Incoming), portal.Receiver);
        var accepted = await _factory.SendAsync(new ListReferrals.Query(ListReferrals.Box.Incoming, ReferralStatus.Accepted), portal.Receiver);
        var senderIncoming = await _factory.SendAsync(new ListReferrals.Query(ListReferrals.Box.Incoming), portal.Sender);
        var unrelated = await _factory.SendAsync(new ListReferrals.Query(ListReferrals.Box.Incoming), portal.Unrelated);
        var admin = await Record.ExceptionAsync(() => _factory.SendAsync(new ListReferrals.Query(), ReferralPortal.Admin));

        var ids = outgoing.Items.Select(i => i.Id).ToList();
        Assert.True(ids.IndexOf(second) < ids.IndexOf(first), "newest first");
        Assert.Contains(incoming.Items, i => i.Id == first);
        Assert.Contains(accepted.Items, i => i.Id == second);
        Assert.DoesNotContain(accepted.Items, i => i.Id == first);
        Assert.DoesNotContain(senderIncoming.Items, i => i.Id == first);
        Assert.DoesNotContain(unrelated.Items, i => i.Id == first || i.Id == second);
        Assert.IsType<ForbiddenAccessException>(admin);
    }

    [Fact]
    public async Task Referrals_appear_on_CoMenshas_file_and_timeline()
    {
        var (victimId, referralId) = await portal.ReferredAsync();
        await portal.AcceptAsync(referralId);

        var file = (await _factory.SendAsync(new GetVictimFile.Query(victimId), portal.Coordinator))!;
        var list = await _factory.SendAsync(new ListVictimReferrals.Query(victimId), portal.Coordinator);
        var page = await _factory.ClientFor(portal.Coordinator).GetDocumentAsync($"/CoMensha/Victim/{victimId}");
        var careWorker = await Record.ExceptionAsync(() => _factory.SendAsync(new ListVictimReferrals.Query(victimId), portal.Sender));

        Assert.Equal([ReferralEventKind.ReferralSent, ReferralEventKind.ReferralAccepted], file.ReferralEvents.Select(e => e.Kind));
        Assert.All(file.ReferralEvents, e => Assert.Equal(ReferralNeed.PsychologicalHelp, e.Need));
        Assert.Equal(referralId, Assert.Single(list).Id);
        Assert.NotNull(page.QuerySelector($"#timeline [data-kind='{nameof(ReferralEventKind.ReferralAccepted)}']"));
        Assert.NotNull(page.QuerySelector("#victim-referrals-table"));
        Assert.NotNull(page.QuerySelector("#refer-person"));
        Assert.DoesNotContain(ReferralPortal.Note, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.IsType<ForbiddenAccessException>(careWorker);
    }

    [Fact]
    public async Task Reads_are_logged_against_the_referral_and_the_person_and_the_audit_holds_no_note()
    {
        var (victimId, referralId) = await portal.ReferredAsync();

        await _factory.SendAsync(new GetReferral.Query(referralId), portal.Receiver);
        var entries = await _factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityId == referralId.ToString() || (a.EntityId == victimId.ToString() && a.UserId == portal.Receiver.UserId)).ToListAsync());

        Assert.Contains(entries, e => e.Action == AuditAction.Create && e.EntityType == nameof(Referral));
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.EntityType == nameof(Referral) && e.UserId == portal.Receiver.UserId);
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.EntityType == "PossibleVictim" && e.UserId == portal.Receiver.UserId);
        Assert.DoesNotContain(entries, e => (e.ChangedFields ?? "").Contains("Warme overdracht", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_referral_never_goes_to_the_police()
    {
        var victimId = await portal.RegisteredPersonAsync();

        var refused = await Record.ExceptionAsync(() => _factory.SendAsync(ReferralPortal.ReferralTo(victimId, portal.Police), portal.Sender));

        Assert.IsType<RequestValidationException>(refused);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Referrals.CountAsync(r => r.VictimId == victimId)));
    }
}
