using System.Net;
using AngleSharp.Html.Dom;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>The privacy pages as forms: field messages, the four-eyes view for the requester, approval by a second officer, the legal-hold form.</summary>
public sealed class PrivacyPageTests(RetentionPortal portal) : IClassFixture<RetentionPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;

    [Fact]
    public async Task An_empty_erasure_request_shows_a_message_at_each_field()
    {
        var response = await _factory.ClientFor(portal.Officer).SubmitAsync("/Privacy/Requests", "#request-form", []);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var field in new[] { "Input.RegistrationNumber", "Input.Ground", "Input.Reason" })
            Assert.NotEmpty(page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_requester_sees_no_decision_form_and_a_second_officer_approves_on_the_page()
    {
        var person = await portal.RegisteredPersonAsync();
        var filed = await _factory.ClientFor(portal.Officer).SubmitAsync("/Privacy/Requests", "#request-form",
            [new("Input.RegistrationNumber", person.RegistrationNumber), new("Input.Ground", "ConsentWithdrawn"), new("Input.Reason", "Verzoek per brief")]);
        var requestPath = filed.LocationPath()!;

        var ownView = await _factory.ClientFor(portal.Officer).GetDocumentAsync(requestPath);
        var secondClient = _factory.ClientFor(portal.SecondOfficer);
        var secondView = await secondClient.GetDocumentAsync(requestPath);
        var form = (IHtmlFormElement)secondView.QuerySelector("#decide-form")!;
        form.SetAttribute("action", secondView.QuerySelector("#approve-submit")!.GetAttribute("formaction"));
        var approved = await secondClient.SubmitAsync(form, []);

        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.StartsWith("/Privacy/Request/", requestPath, StringComparison.Ordinal);
        Assert.NotNull(ownView.QuerySelector("#four-eyes"));
        Assert.Null(ownView.QuerySelector("#decide-form"));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.NotNull((await portal.VictimAsync(person.VictimId)).AnonymisedAtUtc);
    }

    [Fact]
    public async Task A_legal_hold_is_placed_from_the_retention_page_and_needs_a_reason()
    {
        var person = await portal.RegisteredPersonAsync();
        var client = _factory.ClientFor(portal.Officer);

        var found = await client.SubmitAsync("/Privacy/Retention", "#find-form", [new("Find.Reference", person.RegistrationNumber.ToLowerInvariant())]);
        var holdPath = found.LocationPath()!;
        var withoutReason = await HtmlForms.ParseAsync(await client.SubmitAsync(holdPath, "#hold-form", []));
        var placed = await client.SubmitAsync(holdPath, "#hold-form", [new("Input.Reason", "Strafzaak loopt")]);
        var retention = await client.GetDocumentAsync("/Privacy/Retention");

        Assert.Equal($"/Privacy/Hold/{person.VictimId}", holdPath);
        Assert.NotEmpty(withoutReason.QuerySelector("[data-valmsg-for='Input.Reason']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.True((await portal.VictimAsync(person.VictimId)).LegalHold.IsOn);
        Assert.Contains(person.RegistrationNumber, retention.TextOf("#held"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_reference_shows_a_message_at_the_field()
    {
        var response = await _factory.ClientFor(portal.Officer).SubmitAsync("/Privacy/Subject", "#subject-form", [new("Find.Reference", "CM-1999-99999")]);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for='Find.Reference']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_home_page_leads_the_privacy_officer_to_the_privacy_pages_only()
    {
        var home = await _factory.ClientFor(portal.Officer).GetDocumentAsync("/");

        Assert.NotNull(home.QuerySelector("#home-retention"));
        Assert.NotNull(home.QuerySelector("#nav-erasure"));
        Assert.Null(home.QuerySelector("#home-report-signal"));
    }
}
