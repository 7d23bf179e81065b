using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Domain.Referrals;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Referrals;

/// <summary>The referral pages: messages on the fields, typed values kept, never a 500; the way in from signal and file.</summary>
public sealed class ReferralPageTests(ReferralPortal portal) : IClassFixture<ReferralPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;

    [Fact]
    public async Task A_care_worker_refers_through_the_form_and_lands_on_the_referral()
    {
        var victimId = await portal.RegisteredPersonAsync();
        var client = _factory.ClientFor(portal.Sender);

        var response = await client.SubmitAsync($"/Referrals/Create?victimId={victimId}", "#referral-form",
        [
            new("Input.ToOrganisationId", portal.Receiver.OrganisationId.ToString()), new("Input.Need", nameof(ReferralNeed.LegalAid)),
            new("Input.ConsentRecordedOn", "2026-11-20"), new("Input.Consented", "true"), new("Input.HandoverNote", "Graag contact via de begeleider."),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Referrals/Details/", response.LocationPath(), StringComparison.Ordinal);
        var referral = await _factory.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.VictimId == victimId));
        Assert.Equal(ReferralNeed.LegalAid, referral.Need);
        Assert.Equal(new DateOnly(2026, 11, 20), referral.ConsentRecordedOn);
    }

    [Fact]
    public async Task Missing_consent_and_fields_get_messages_not_a_500_and_the_typed_values_stay()
    {
        var victimId = await portal.RegisteredPersonAsync();
        var client = _factory.ClientFor(portal.Sender);

        var response = await client.SubmitAsync($"/Referrals/Create?victimId={victimId}", "#referral-form",
            [new("Input.Need", nameof(ReferralNeed.MedicalHelp)), new("Input.HandoverNote", "Afspraak bij de huisarts nodig."), new("Input.ConsentRecordedOn", "9999-12-31")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Afspraak bij de huisarts nodig.", ((IHtmlTextAreaElement)page.QuerySelector("#Input_HandoverNote")!).Value);
        Assert.Equal(nameof(ReferralNeed.MedicalHelp), ((IHtmlSelectElement)page.QuerySelector("#Input_Need")!).Value);
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='Input.Consented'].field-validation-error"));
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='Input.ToOrganisationId'].field-validation-error"));
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='Input.ConsentRecordedOn'].field-validation-error"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Referrals.CountAsync(r => r.VictimId == victimId)));
    }

    [Fact]
    public async Task The_form_does_not_offer_the_own_organisation_and_a_posted_one_gets_a_message()
    {
        var victimId = await portal.RegisteredPersonAsync();
        var client = _factory.ClientFor(portal.Sender);
        var form = await client.GetDocumentAsync($"/Referrals/Create?victimId={victimId}");

        var response = await client.SubmitAsync((IHtmlFormElement)form.QuerySelector("#referral-form")!,
        [
            new("Input.ToOrganisationId", portal.Sender.OrganisationId.ToString()), new("Input.Need", nameof(ReferralNeed.LegalAid)),
            new("Input.ConsentRecordedOn", "2026-11-20"), new("Input.Consented", "true"),
        ]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Null(form.QuerySelector($"#Input_ToOrganisationId option[value='{portal.Sender.OrganisationId}']"));
        Assert.NotNull(form.QuerySelector($"#Input_ToOrganisationId option[value='{portal.Receiver.OrganisationId}']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.ValidationMessages());
    }

    [Fact]
    public async Task Declining_without_a_reason_on_the_page_gets_a_message_and_with_one_declines()
    {
        var (_, referralId) = await portal.ReferredAsync();
        var client = _factory.ClientFor(portal.Receiver);

        var empty = await client.SubmitAsync($"/Referrals/Details/{referralId}", "#decline-form", [new("Decline.Reason", "")]);
        var emptyPage = await HtmlForms.ParseAsync(empty);
        var declined = await client.SubmitAsync($"/Referrals/Details/{referralId}", "#decline-form", [new("Decline.Reason", "Buiten onze regio.")]);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector("[data-valmsg-for='Decline.Reason'].field-validation-error"));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(ReferralStatus.Declined, (await portal.LoadAsync(referralId)).Status);
    }

    [Fact]
    public async Task A_stale_page_gets_a_message_not_a_500_and_a_bad_withdrawal_date_keeps_the_form()
    {
        var (_, referralId) = await portal.ReferredAsync();
        var receiver = _factory.ClientFor(portal.Receiver);
        var stale = await receiver.GetDocumentAsync($"/Referrals/Details/{referralId}");
        await portal.WithdrawAsync(referralId); // the sender records the withdrawal meanwhile

        var accept = await receiver.SubmitAsync((IHtmlFormElement)stale.QuerySelector("#accept-form")!, []);
        var acceptPage = await HtmlForms.ParseAsync(accept);
        var (_, other) = await portal.ReferredAsync();
        var withdraw = await _factory.ClientFor(portal.Sender).SubmitAsync($"/Referrals/Details/{other}", "#withdraw-form", [new("Withdraw.WithdrawnOn", "9999-12-31")]);
        var withdrawPage = await HtmlForms.ParseAsync(withdraw);

        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.NotEmpty(acceptPage.ValidationMessages());
        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Equal("9999-12-31", ((IHtmlInputElement)withdrawPage.QuerySelector("#Withdraw_WithdrawnOn")!).Value);
        Assert.NotNull(withdrawPage.QuerySelector("[data-valmsg-for='Withdraw.WithdrawnOn'].field-validation-error"));
        Assert.Equal(ReferralStatus.Sent, (await portal.LoadAsync(other)).Status);
    }

    [Fact]
    public async Task The_list_page_shows_both_boxes_and_the_nav_link_and_the_signal_offers_the_way_in()
    {
        var (_, referralId) = await portal.ReferredAsync();
        var signalId = await _factory.WithDbAsync(db => db.Signals.Where(s => s.ReporterOrganisationId == portal.Sender.OrganisationId && s.VictimId != null)
            .Select(s => s.Id).FirstAsync());

        var outgoing = await _factory.ClientFor(portal.Sender).GetDocumentAsync("/Referrals/Index?box=Outgoing");
        var incoming = await _factory.ClientFor(portal.Receiver).GetDocumentAsync("/Referrals/Index?status=Sent");
        var nonsense = await _factory.ClientFor(portal.Receiver).GetAsync(new Uri("/Referrals/Index?box=Nonsense&status=Nope&pageNumber=-3", UriKind.Relative),
            TestContext.Current.CancellationToken);
        var signal = await _factory.ClientFor(portal.Sender).GetDocumentAsync($"/Signals/Details/{signalId}");
        var police = await _factory.ClientFor(portal.Police).GetDocumentAsync("/Referrals/Index");

        Assert.NotNull(outgoing.QuerySelector($"#referrals-table a[href='/Referrals/Details/{referralId}']"));
        Assert.NotNull(incoming.QuerySelector($"#referrals-table a[href='/Referrals/Details/{referralId}']"));
        Assert.NotNull(outgoing.QuerySelector("#nav-referrals"));
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.NotNull(signal.QuerySelector("#refer-person"));
        Assert.NotNull(police.QuerySelector("#no-referrals"));
        Assert.Null(police.QuerySelector("#refer-hint"));
    }
}
