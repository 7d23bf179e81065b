using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>
/// A foreign victim's reflection period and B8.3 residence, recorded by the police and the IND on one track: the offer of a
/// reflection period, the report that ends it, the temporary permit, the dismissal, the withdrawal held back while continued
/// residence is undecided, and the withdrawal after its refusal.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TrackJourneyTests(PortalServerFixture portal)
{
    private static readonly string PoliceEmail = EmailOf(Roles.Police);
    private static readonly string IndEmail = EmailOf(Roles.Ind);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex("/Tracks/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex TrackUrl();

    [Fact]
    public async Task Police_and_IND_record_the_reflection_period_the_report_the_permit_and_its_withdrawal_on_one_track()
    {
        PortalServerFixture.RequireChromium();
        var name = "Trajectpersoon " + Guid.NewGuid().ToString("N")[..8];
        // The portal's dates are Dutch calendar days.
        var today = DutchCalendar.DateOf(DateTime.UtcNow);
        var offeredOn = today.AddDays(-80); // three months from then ends within the next 14 days
        var reportedOn = today.AddDays(-5);
        var appliedOn = today.AddDays(-4);
        var grantedOn = today.AddDays(-2);
        var validUntil = appliedOn.AddYears(1);
        var dismissedOn = today.AddDays(-1);

        // a. The police report a Nigerian woman and open the track from their signal.
        await using var policeContext = await portal.NewContextAsync();
        var policePage = await policeContext.NewPageAsync();
        await SignInAsync(policePage, PoliceEmail);
        var reference = await ReportSignalAsync(policePage, name);
        var signal = new SignalDetailsPage(policePage);
        await signal.StartTrack.ClickAsync();
        await Expect(policePage).ToHaveURLAsync(TrackUrl());
        var track = new TrackDetailsPage(policePage);
        await track.WaitUntilShownAsync();
        await Expect(track.Title).ToContainTextAsync(reference);
        await Expect(track.ReflectionState).ToHaveAttributeAsync("data-state", "None");
        await Expect(track.OfferForm).ToBeVisibleAsync();
        await Expect(track.ResidenceState).ToHaveCountAsync(0); // the residence steps are the IND's
        await Accessibility.AssertNoViolationsAsync(policePage, "track with the offer form (police)");
        var trackUrl = policePage.Url;

        // b. An accepted reflection period, offered 80 days ago: it runs, and its last day is near.
        await track.RecordAcceptedOfferAsync(offeredOn, "Team Mensenhandel Rotterdam", "Inspecteur De Vries");
        await Expect(track.ReflectionState).ToHaveAttributeAsync("data-state", "Running");
        await Expect(track.StatusMessage).ToBeVisibleAsync();
        await Expect(track.TimelineEvents("ReflectionStarted")).ToHaveCountAsync(1);
        await Expect(track.TimelineEvents("ReflectionStarted").Locator("time"))
            .ToHaveAttributeAsync("datetime", TrackDetailsPage.DateValue(offeredOn));
        await Expect(track.Deadlines("ReflectionPeriodEnding")).ToHaveCountAsync(1);
        await Expect(track.OfferForm).ToHaveCountAsync(0);
        await Expect(track.EndEarlyForm).ToBeVisibleAsync();
        await Expect(track.CooperationForm).ToBeVisibleAsync();
        await Screenshots.TakeAsync(policePage, "12-police-track.png", fullPage: false);

        // c. "My deadlines" shows the reflection period that ends soon, linking to the track.
        await new PortalLayout(policePage).NavDeadlines.ClickAsync();
        var deadlines = new DeadlinesPage(policePage);
        await deadlines.WaitUntilShownAsync();
        await Expect(deadlines.Row("ReflectionPeriodEnding", reference)).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(policePage, "my deadlines (police)");
        await Screenshots.TakeAsync(policePage, "13-police-deadlines.png", fullPage: false);
        await deadlines.Link("ReflectionPeriodEnding", reference).ClickAsync();
        await Expect(policePage).ToHaveURLAsync(trackUrl);

        // d. The report ends the reflection period on its day.
        await track.RecordCooperationAsync("Report", reportedOn, "Team Mensenhandel Rotterdam", "PL1700-2024-123456");
        await Expect(track.CaseState).ToHaveAttributeAsync("data-state", "UnderInvestigation");
        await Expect(track.ReflectionState).ToHaveAttributeAsync("data-state", "Ended");
        await Expect(track.TimelineEvents("ReflectionEndedEarly")).ToHaveCountAsync(1);
        await Expect(track.TimelineEvents("CooperationRecorded")).ToHaveCountAsync(1);
        await Expect(track.CooperationForm).ToHaveCountAsync(0);
        await Expect(track.ProsecutionForm).ToBeVisibleAsync();

        // e. The IND finds the track by the signal reference and grants the temporary B8.3 permit.
        await using var indContext = await portal.NewContextAsync();
        var indPage = await indContext.NewPageAsync();
        await SignInAsync(indPage, IndEmail);
        await new PortalLayout(indPage).NavTracks.ClickAsync();
        var list = new TrackListPage(indPage);
        await list.WaitUntilShownAsync();
        await list.SearchAsync(reference);
        await Expect(list.TrackLink(reference)).ToBeVisibleAsync();
        await Expect(list.Table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(indPage, "tracks found by reference (IND)");
        await list.TrackLink(reference).ClickAsync();
        await Expect(indPage).ToHaveURLAsync(trackUrl);
        var indTrack = new TrackDetailsPage(indPage);
        await indTrack.WaitUntilShownAsync();
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "None");
        await Expect(indTrack.OfferForm).ToHaveCountAsync(0); // police steps are not offered to the IND
        await Expect(indTrack.CooperationForm).ToHaveCountAsync(0);

        await indTrack.RecordApplicationAsync("TemporaryAfterCooperation", appliedOn, exOfficio: true);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "TemporaryApplied");
        await Expect(indTrack.DecisionForm).ToBeVisibleAsync();
        await indTrack.RecordGrantAsync(grantedOn, appliedOn, validUntil);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "TemporaryPermit");
        await Expect(indTrack.TimelineEvents("ApplicationGranted")).ToHaveCountAsync(1);
        await Expect(indTrack.StatusMessage).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(indPage, "track with a temporary permit (IND)");
        await Screenshots.TakeAsync(indPage, "14-ind-track.png", fullPage: false);

        // f. The Public Prosecution Service dismisses the case; the police record it.
        await policePage.GotoAsync(trackUrl);
        await track.WaitUntilShownAsync();
        await track.RecordProsecutionDecisionAsync("Dismissal", dismissedOn);
        await Expect(track.CaseState).ToHaveAttributeAsync("data-state", "Dismissed");
        await Expect(track.TimelineEvents("Dismissed")).ToHaveCountAsync(1);

        // g. Continued residence is applied for: the withdrawal is held back, and trying it anyway is refused on the page.
        await indPage.ReloadAsync();
        await Expect(indTrack.CaseState).ToHaveAttributeAsync("data-state", "Dismissed");
        await indTrack.RecordApplicationAsync("NonTemporaryHumanitarian", today);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "ContinuedResidenceApplied");
        await Expect(indTrack.WithdrawalForm).ToBeVisibleAsync();
        await Expect(indTrack.WithdrawalHeldBack).ToBeVisibleAsync();
        await Expect(indTrack.WithdrawalHeldBack).ToHaveTextAsync(AnyText());
        var heldBack = (await indTrack.WithdrawalHeldBack.InnerTextAsync()).Trim();

        await indTrack.WithdrawalOn.FillAsync(TrackDetailsPage.DateValue(today));
        var refused = await indPage.RunAndWaitForResponseAsync(
            () => indTrack.IntendWithdrawalSubmit.ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("handler=Withdrawal", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(200, refused.Status);
        await Expect(indTrack.ValidationSummary).ToBeVisibleAsync();
        await Expect(indTrack.ValidationSummary).ToContainTextAsync(heldBack);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "ContinuedResidenceApplied");
        await Expect(indTrack.TimelineEvents("WithdrawalIntended")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(indPage, "track with the held-back withdrawal refused (IND)");
        await indPage.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.TakeAsync(indPage, "15-withdrawal-held-back.png", fullPage: false);

        // h. Continued residence is refused; then the permit is withdrawn, after the intention is announced.
        await indTrack.RecordRefusalAsync(today);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "TemporaryPermit");
        await Expect(indTrack.WithdrawalHeldBack).ToHaveCountAsync(0);
        await indTrack.IntendWithdrawalAsync(today);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "WithdrawalIntended");
        await Expect(indTrack.IntendWithdrawalSubmit).ToHaveCountAsync(0);
        await indTrack.WithdrawAsync(today);
        await Expect(indTrack.ResidenceState).ToHaveAttributeAsync("data-state", "Withdrawn");
        await Expect(indTrack.WithdrawalForm).ToHaveCountAsync(0);

        // i. The timeline tells the whole story.
        foreach (var kind in new[]
                 {
                     "ReflectionOffered", "ReflectionStarted", "ReflectionEndedEarly", "CooperationRecorded", "ApplicationGranted",
                     "Dismissed", "ApplicationRefused", "WithdrawalIntended", "PermitWithdrawn",
                 })
        {
            await Expect(indTrack.TimelineEvents(kind)).ToHaveCountAsync(1);
        }
        await Expect(indTrack.TimelineEvents("ApplicationMade")).ToHaveCountAsync(2);
        await Expect(indTrack.TimelineEvents("ReflectionEnded")).ToHaveCountAsync(0); // it ended early, on the report
        await Expect(indTrack.TimelineEvents("ReflectionEndedEarly").Locator("time"))
            .ToHaveAttributeAsync("datetime", TrackDetailsPage.DateValue(reportedOn));
        await Expect(indTrack.TimelineEvents("PermitWithdrawn").Locator("time")).ToHaveAttributeAsync("datetime", TrackDetailsPage.DateValue(today));
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
        await Expect(page).ToHaveURLAsync(new Regex("/Signals/Details/[0-9a-fA-F-]{36}$"));
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
