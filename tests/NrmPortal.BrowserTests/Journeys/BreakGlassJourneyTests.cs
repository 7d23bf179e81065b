using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>
/// Emergency access: an officer of a police force with no relation to a track does not find it, breaks the glass (a too
/// short reason is refused next to the field), reads the track under the break-the-glass notice, and the privacy officer
/// reviews the access.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class BreakGlassJourneyTests(PortalServerFixture portal)
{
    private static readonly string AdministratorEmail = EmailOf(Roles.Administrator);
    private static readonly string PoliceEmail = EmailOf(Roles.Police);
    private static readonly string PrivacyOfficerEmail = EmailOf(Roles.PrivacyOfficer);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex("/Tracks/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex TrackUrl();

    [Fact]
    public async Task Police_officer_of_another_force_breaks_the_glass_and_the_privacy_officer_reviews_it()
    {
        PortalServerFixture.RequireChromium();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var reason = $"Persoon in acuut gevaar aangetroffen bij controle, eenheid moet nu handelen ({suffix}).";

        // a. The demo police force reports a person and starts the track.
        string reference, trackUrl;
        await using (var ownerContext = await portal.NewContextAsync())
        {
            var ownerPage = await ownerContext.NewPageAsync();
            await SignInAsync(ownerPage, PoliceEmail);
            reference = await ReportSignalAsync(ownerPage, "Noodtoegangpersoon " + suffix);
            await new SignalDetailsPage(ownerPage).StartTrack.ClickAsync();
            await Expect(ownerPage).ToHaveURLAsync(TrackUrl());
            await new TrackDetailsPage(ownerPage).WaitUntilShownAsync();
            trackUrl = ownerPage.Url;
        }

        // b. An officer of another force, with no relation to that person.
        var officerEmail = $"agent-{suffix}@browsertest.nrm.local";
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await CreatePoliceOfficerAsync(page, $"Politie-eenheid Browsertest {suffix}", $"Agent {suffix}", officerEmail);

        // c. Their search finds nothing, but offers to break the glass.
        await new PortalLayout(page).NavTracks.ClickAsync();
        var list = new TrackListPage(page);
        await list.WaitUntilShownAsync();
        await list.SearchAsync(reference);
        await Expect(list.NoTracks).ToBeVisibleAsync();
        await Expect(list.Table).ToHaveCountAsync(0);
        await Expect(list.BreakGlass).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "tracks: nothing found, break-the-glass offered (police)");
        await list.BreakGlassSummary.ClickAsync();
        await Expect(list.BreakGlassReason).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "break-the-glass form opened (police)");

        // d. Too short a reason is refused, next to the field; no access.
        await list.BreakTheGlassAsync("Spoed");
        await Expect(list.BreakGlassReasonError).ToHaveTextAsync(AnyText());
        await Expect(list.BreakGlassReason).ToBeVisibleAsync(); // the form stays open with its message
        await Expect(list.BreakGlassReason).ToHaveValueAsync("Spoed");
        await Expect(page).Not.ToHaveURLAsync(TrackUrl());
        await Accessibility.AssertNoViolationsAsync(page, "break-the-glass form with a too short reason (police)");
        await Screenshots.TakeAsync(page, "27-police-break-glass-error.png", fullPage: false);

        // e. A proper reason opens the track, read only, under the notice.
        await list.BreakTheGlassAsync(reason);
        await Expect(page).ToHaveURLAsync(trackUrl);
        var track = new TrackDetailsPage(page);
        await track.WaitUntilShownAsync();
        await Expect(track.Title).ToContainTextAsync(reference);
        await Expect(track.BreakGlassNotice).ToBeVisibleAsync();
        await Expect(track.StatusMessage).ToBeVisibleAsync();
        await Expect(track.OfferForm).ToHaveCountAsync(0); // read only: another force's track
        await Expect(track.CooperationForm).ToHaveCountAsync(0);
        await Expect(page.Locator("main form[method='post']")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "track under break-the-glass (police)");
        await Screenshots.TakeAsync(page, "28-police-break-glass-track.png", fullPage: false);

        // For the eight hours the track is in their list.
        await new PortalLayout(page).NavTracks.ClickAsync();
        await list.WaitUntilShownAsync();
        await list.SearchAsync(reference);
        await Expect(list.TrackLink(reference)).ToBeVisibleAsync();

        // f. The privacy officer finds the access in the review queue and judges it justified.
        await using var privacyContext = await portal.NewContextAsync();
        var privacyPage = await privacyContext.NewPageAsync();
        await SignInAsync(privacyPage, PrivacyOfficerEmail);
        await privacyPage.Locator("#nav-break-glass").ClickAsync();
        var review = new BreakGlassReviewPage(privacyPage);
        await review.WaitUntilShownAsync();
        var grant = review.Grant(reason);
        await Expect(grant).ToHaveCountAsync(1);
        await Expect(grant).ToContainTextAsync(officerEmail);
        await Expect(grant).ToContainTextAsync(reference);
        await Expect(review.RecordReview(reason)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(privacyPage, "break-the-glass review with an open grant");
        await Screenshots.TakeAsync(privacyPage, "29-break-glass-review.png", fullPage: false);

        await review.Justified(reason).CheckAsync();
        await review.Comment(reason).FillAsync("Toegelicht door de eenheid; terecht.");
        await review.RecordReview(reason).ClickAsync();
        await Expect(privacyPage.Locator("#status-message")).ToBeVisibleAsync();
        await Expect(review.Grant(reason)).ToHaveCountAsync(0); // no longer open
        await Accessibility.AssertNoViolationsAsync(privacyPage, "break-the-glass review after the verdict");

        await review.ShowReviewed.ClickAsync();
        await Expect(review.ShowOpen).ToBeVisibleAsync();
        await Expect(review.Verdict(reason)).ToHaveTextAsync(AnyText());
        await Expect(review.RecordReview(reason)).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(privacyPage, "break-the-glass review, reviewed ones");

        // g. The per-employee log shows the officer's emergency access with the reason.
        await privacyPage.GotoAsync(LogViewPage.EmployeeUrl);
        var employeeLog = LogViewPage.Employee(privacyPage);
        await employeeLog.WaitUntilShownAsync();
        await employeeLog.ShowAsync(officerEmail);
        await Expect(employeeLog.Table).ToContainTextAsync(reason);
        await Accessibility.AssertNoViolationsAsync(privacyPage, "log per employee with break-the-glass entries");
    }

    /// <summary>
    /// The administrator creates a police force and an officer in it; the officer then signs in on <paramref name="page"/> for
    /// the first time: own password, authenticator app, home page.
    /// </summary>
    private static async Task CreatePoliceOfficerAsync(IPage page, string organisationName, string userName, string email)
    {
        const string OneTimePassword = "eenmalig-wachtwoord-voor-de-agent";
        const string NewPassword = "de eigen lange wachtzin van de agent";
        var login = new LoginPage(page);
        var layout = new PortalLayout(page);

        await SignInAsync(page, AdministratorEmail);
        var organisations = new OrganisationsPage(page);
        await organisations.GotoAsync();
        await organisations.StartCreateAsync();
        await organisations.FillAsync(organisationName, "Police");
        await organisations.SubmitAsync();
        await Expect(organisations.DetailsName).ToHaveTextAsync(organisationName);

        var users = new UsersPage(page);
        await users.GotoAsync();
        await users.StartCreateAsync();
        await users.FillAsync(userName, email, organisationName, Roles.Police, OneTimePassword);
        await users.SubmitAsync();
        await Expect(users.DetailsEmail).ToHaveTextAsync(email);
        await layout.SignOutAsync();

        await login.GotoAsync();
        await login.SignInAsync(email, OneTimePassword);
        var changePassword = new ChangePasswordPage(page);
        await changePassword.WaitUntilShownAsync();
        await changePassword.ChangeAsync(OneTimePassword, NewPassword, NewPassword);
        var enrol = new EnrolAuthenticatorPage(page);
        await enrol.WaitUntilShownAsync();
        await enrol.EnrolAsync(email);
        await enrol.Continue.ClickAsync();
        await Expect(page.Locator("#home-role-" + Roles.Police)).ToBeVisibleAsync();
        await Expect(layout.CurrentUser).ToHaveTextAsync(userName);
    }

    /// <summary>Reports a signal about a foreign (Nigerian) adult as police and returns its reference (the page shows its details).</summary>
    private static async Task<string> ReportSignalAsync(IPage page, string name)
    {
        await new PortalLayout(page).NavReportSignal.ClickAsync();
        var form = new SignalRegisterPage(page);
        await form.WaitUntilShownAsync();
        await form.DangerNo.CheckAsync();
        await form.Context.SelectOptionAsync("PoliceControl");
        await form.Region.SelectOptionAsync("Rotterdam");
        await form.Indicator("CC-01").CheckAsync();
        await form.ExploitationForm("Sexual").CheckAsync();
        await form.Name.FillAsync(name);
        await form.Nationality.SelectOptionAsync("NG");
        await form.SubmitAsync();

        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToHaveTextAsync(Reference());
        await Expect(details.StartTrack).ToBeVisibleAsync();
        var reference = Reference().Match(await details.Reference.InnerTextAsync()).Value;
        Assert.NotEmpty(reference);
        return reference;
    }

    private static string EmailOf(string role) => DatabaseInitialiser.DemoAccounts.First(a => a.Role == role).Email;

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, PortalServerFixture.DemoPassword);
    }
}
