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
/// CoMensha coordinators triage a new signal: they register a new possible victim or link the signal to a registered
/// person who matches, and the victim file shows the signals on its timeline.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TriageJourneyTests(PortalServerFixture portal)
{
    private static readonly string CareWorkerEmail = EmailOf(Roles.CareWorker);
    private static readonly string CoordinatorEmail = EmailOf(Roles.CoMenshaCoordinator);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^CM-\d{4}-\d{5}$")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex("/CoMensha/Triage/[0-9a-fA-F-]{36}$")]
    private static partial Regex TriageUrl();

    [GeneratedRegex("/CoMensha/Victim/[0-9a-fA-F-]{36}$")]
    private static partial Regex VictimUrl();

    [GeneratedRegex("Zelfde naam|Same name")]
    private static partial Regex SameName();

    [Fact]
    public async Task Coordinator_registers_a_new_possible_victim_and_the_file_shows_the_signal_on_the_timeline()
    {
        PortalServerFixture.RequireChromium();
        var name = "Triagepersoon " + Guid.NewGuid().ToString("N")[..8];

        // A care worker reports a signal and sees it is new.
        await using var reporterContext = await portal.NewContextAsync();
        var reporterPage = await reporterContext.NewPageAsync();
        await SignInAsync(reporterPage, CareWorkerEmail);
        var reference = await ReportSignalAsync(reporterPage, name);
        var reported = new SignalDetailsPage(reporterPage);
        await Expect(reported.Status).ToHaveTextAsync(AnyText());
        var newStatusText = (await reported.Status.InnerTextAsync()).Trim();
        await Expect(reported.TriageSignal).ToHaveCountAsync(0);

        // A CoMensha coordinator finds it in the inbox among the new signals from Rotterdam.
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, CoordinatorEmail);
        await new PortalLayout(page).NavInbox.ClickAsync();
        var inbox = new InboxPage(page);
        await inbox.WaitUntilShownAsync();
        await inbox.Status.SelectOptionAsync("New");
        await inbox.Region.SelectOptionAsync("Rotterdam");
        await inbox.FilterAsync();
        await Expect(inbox.SignalLink(reference)).ToBeVisibleAsync();
        await inbox.SignalLink(reference).ClickAsync();

        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToContainTextAsync(reference);
        await details.TriageSignal.ClickAsync();
        await Expect(page).ToHaveURLAsync(TriageUrl());
        var triage = new TriagePage(page);
        await triage.WaitUntilShownAsync();
        await Expect(triage.NoMatches).ToBeVisibleAsync();
        await Expect(triage.Candidates).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "triage");
        await Screenshots.TakeAsync(page, "10-triage.png", fullPage: false);

        // Closing as "not a trafficking signal" needs a reason.
        await triage.CloseNotTrafficking.ClickAsync();
        await Expect(page).ToHaveURLAsync(TriageUrl());
        await Expect(triage.CloseReasonError).ToBeVisibleAsync();
        await Expect(triage.CloseReasonError).ToHaveTextAsync(AnyText());
        await Expect(triage.RegisterVictim).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "triage with an empty reason to close");

        // Registering a new possible victim opens the new file.
        await triage.RegisterVictim.ClickAsync();
        await Expect(page).ToHaveURLAsync(VictimUrl());
        var file = new VictimFilePage(page);
        await Expect(file.Number).ToHaveTextAsync(RegistrationNumber());
        await Expect(file.Status).ToHaveTextAsync(AnyText());
        await Expect(file.Names).ToContainTextAsync(name);
        await Expect(file.SignalItems).ToHaveCountAsync(1);
        await Expect(file.Signals.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        await Expect(file.TimelineEvents("Registered")).ToHaveCountAsync(1);
        await Expect(file.TimelineEvents("SignalLinked")).ToHaveCountAsync(1);
        await Expect(file.TimelineEvents("SignalLinked")).ToContainTextAsync(reference);
        await Expect(file.CloseFileForm).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "victim file");
        await Screenshots.TakeAsync(page, "11-victim-file.png", fullPage: false);

        // The care worker sees that CoMensha has dealt with the signal.
        await reporterPage.ReloadAsync();
        await Expect(reported.Reference).ToContainTextAsync(reference);
        await Expect(reported.Status).ToHaveTextAsync(AnyText());
        await Expect(reported.Status).Not.ToHaveTextAsync(newStatusText);
        await Expect(reported.TriageSignal).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_second_signal_about_the_same_person_is_matched_and_linked()
    {
        PortalServerFixture.RequireChromium();
        var id = Guid.NewGuid().ToString("N")[..8];
        var firstName = "José Pereira " + id;
        var secondName = "JOSE  PEREIRA " + id.ToUpperInvariant();

        // A care worker reports the same person twice, writing the name differently.
        string firstReference, secondReference, firstUrl, secondUrl;
        await using (var reporterContext = await portal.NewContextAsync())
        {
            var reporterPage = await reporterContext.NewPageAsync();
            await SignInAsync(reporterPage, CareWorkerEmail);
            firstReference = await ReportSignalAsync(reporterPage, firstName);
            firstUrl = reporterPage.Url;
            secondReference = await ReportSignalAsync(reporterPage, secondName);
            secondUrl = reporterPage.Url;
        }
        Assert.NotEqual(firstReference, secondReference);

        // The coordinator registers the first signal as a new possible victim.
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, CoordinatorEmail);
        var details = new SignalDetailsPage(page);
        var triage = new TriagePage(page);
        var file = new VictimFilePage(page);

        await page.GotoAsync(firstUrl);
        await Expect(details.Reference).ToContainTextAsync(firstReference);
        await details.TriageSignal.ClickAsync();
        await triage.WaitUntilShownAsync();
        await triage.RegisterVictim.ClickAsync();
        await Expect(page).ToHaveURLAsync(VictimUrl());
        await Expect(file.Number).ToHaveTextAsync(RegistrationNumber());
        var number = (await file.Number.InnerTextAsync()).Trim();
        var victimUrl = page.Url;

        // Triage of the second signal proposes the registered person, with the reason.
        await page.GotoAsync(secondUrl);
        await Expect(details.Reference).ToContainTextAsync(secondReference);
        await details.TriageSignal.ClickAsync();
        await triage.WaitUntilShownAsync();
        await Expect(triage.NoMatches).ToHaveCountAsync(0);
        await Expect(triage.Candidates).ToBeVisibleAsync();
        var row = triage.CandidateRow(number);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(SameName());
        await Expect(triage.LinkTo(number)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "triage with a matching person");

        // Linking opens the same file, now with both signals.
        await triage.LinkTo(number).ClickAsync();
        await Expect(page).ToHaveURLAsync(victimUrl);
        await Expect(file.Number).ToHaveTextAsync(number);
        await Expect(file.SignalItems).ToHaveCountAsync(2);
        await Expect(file.Signals.GetByRole(AriaRole.Link, new() { Name = firstReference, Exact = true })).ToBeVisibleAsync();
        await Expect(file.Signals.GetByRole(AriaRole.Link, new() { Name = secondReference, Exact = true })).ToBeVisibleAsync();
        await Expect(file.TimelineEvents("SignalLinked")).ToHaveCountAsync(2);
        await Expect(file.Names).ToContainTextAsync(firstName);
        await Accessibility.AssertNoViolationsAsync(page, "victim file with two signals");
    }

    /// <summary>Reports a signal about a person in Rotterdam through the form and returns its reference (the page shows its details).</summary>
    private static async Task<string> ReportSignalAsync(IPage page, string name)
    {
        await new PortalLayout(page).NavReportSignal.ClickAsync();
        var form = new SignalRegisterPage(page);
        await form.WaitUntilShownAsync();
        await form.DangerNo.CheckAsync();
        await form.Context.SelectOptionAsync("HealthCare");
        await form.Region.SelectOptionAsync("Rotterdam");
        await form.Indicator("CC-01").CheckAsync();
        await form.ExploitationForm("Labour").CheckAsync();
        await form.Name.FillAsync(name);
        await form.ConsentYes.CheckAsync();
        await form.SubmitAsync();

        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToHaveTextAsync(Reference());
        await Expect(page).ToHaveURLAsync(new Regex("/Signals/Details/[0-9a-fA-F-]{36}$"));
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
