using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>CoMensha coordinators find the signals reported to them in the inbox, filter them and open one to read it.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class InboxJourneyTests(PortalServerFixture portal)
{
    private static readonly string CareWorkerEmail = EmailOf(Roles.CareWorker);
    private static readonly string CoordinatorEmail = EmailOf(Roles.CoMenshaCoordinator);

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [Fact]
    public async Task CoMensha_finds_a_new_signal_in_the_inbox_and_reads_it()
    {
        PortalServerFixture.RequireChromium();
        var name = "Inboxpersoon " + Guid.NewGuid().ToString("N")[..8];

        // A care worker reports labour exploitation in Limburg.
        string reference;
        await using (var reporterContext = await portal.NewContextAsync())
        {
            var page = await reporterContext.NewPageAsync();
            await SignInAsync(page, CareWorkerEmail);
            await new PortalLayout(page).NavReportSignal.ClickAsync();
            var form = new SignalRegisterPage(page);
            await form.WaitUntilShownAsync();
            await form.DangerNo.CheckAsync();
            await form.Context.SelectOptionAsync("HealthCare");
            await form.Region.SelectOptionAsync("Limburg");
            await form.Indicator("CC-01").CheckAsync();
            await form.ExploitationForm("Labour").CheckAsync();
            await form.Name.FillAsync(name);
            await form.ConsentYes.CheckAsync();
            await form.SubmitAsync();

            var reported = new SignalDetailsPage(page);
            await Expect(reported.Reference).ToHaveTextAsync(Reference());
            reference = Reference().Match(await reported.Reference.InnerTextAsync()).Value;
        }
        Assert.NotEmpty(reference);

        // A CoMensha coordinator opens the inbox from the menu.
        await using var context = await portal.NewContextAsync();
        var coordinatorPage = await context.NewPageAsync();
        var layout = new PortalLayout(coordinatorPage);
        await SignInAsync(coordinatorPage, CoordinatorEmail);
        await layout.NavInbox.ClickAsync();
        var inbox = new InboxPage(coordinatorPage);
        await inbox.WaitUntilShownAsync();
        await Expect(coordinatorPage).ToHaveURLAsync(new Regex(Regex.Escape(InboxPage.RelativeUrl) + "$"));
        await Expect(inbox.Table).ToBeVisibleAsync();
        await Expect(inbox.SignalLink(reference)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(coordinatorPage, "inbox");

        // Filtering on the region, the form of exploitation and the reporter's type keeps the new signal in view.
        await inbox.Region.SelectOptionAsync("Limburg");
        await inbox.Form.SelectOptionAsync("Labour");
        await inbox.ReporterType.SelectOptionAsync("CareProvider");
        await inbox.FilterAsync();
        await Expect(coordinatorPage).ToHaveURLAsync(new Regex(@"[?&]region=Limburg(&|$)"));
        await Expect(coordinatorPage).ToHaveURLAsync(new Regex(@"[?&]form=Labour(&|$)"));
        await Expect(coordinatorPage).ToHaveURLAsync(new Regex(@"[?&]reporterType=CareProvider(&|$)"));
        // The filters stay selected after filtering.
        await Expect(inbox.Region).ToHaveValueAsync("Limburg");
        await Expect(inbox.Form).ToHaveValueAsync("Labour");
        await Expect(inbox.ReporterType).ToHaveValueAsync("CareProvider");
        await Expect(inbox.Empty).ToHaveCountAsync(0);
        await Expect(inbox.SignalLink(reference)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(coordinatorPage, "inbox (filtered)");
        await Screenshots.TakeAsync(coordinatorPage, "09-inbox.png", fullPage: false);

        // The reference opens the signal.
        await inbox.SignalLink(reference).ClickAsync();
        await Expect(coordinatorPage).ToHaveURLAsync(new Regex("/Signals/Details/[0-9a-fA-F-]{36}$"));
        var details = new SignalDetailsPage(coordinatorPage);
        await Expect(details.Reference).ToContainTextAsync(reference);
        await Expect(coordinatorPage.GetByText(name)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(coordinatorPage, "signal details (CoMensha)");
    }

    [Fact]
    public async Task Other_roles_have_no_inbox()
    {
        PortalServerFixture.RequireChromium();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var layout = new PortalLayout(page);

        await SignInAsync(page, CareWorkerEmail);
        await Expect(layout.NavSignals).ToBeVisibleAsync();
        await Expect(layout.NavInbox).ToHaveCountAsync(0);

        await page.GotoAsync(InboxPage.RelativeUrl);
        await Expect(page).ToHaveURLAsync(new Regex("/Identity/Account/AccessDenied"));
        await Expect(page.Locator("#access-denied")).ToHaveCountAsync(1);
        await Expect(page.Locator("#inbox-filter")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "access denied (care worker on the inbox)");
    }

    private static string EmailOf(string role) => DatabaseInitialiser.DemoAccounts.First(a => a.Role == role).Email;

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, PortalServerFixture.DemoPassword);
    }
}
