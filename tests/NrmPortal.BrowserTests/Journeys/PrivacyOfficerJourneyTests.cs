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
/// The privacy officer's pages: the access log (verified intact), the log of one registered person and of one employee,
/// the break-the-glass review, retention with a record's legal-hold page, erasure requests (an empty form's messages, then a
/// request the officer may not decide on alone) and a data-subject access request. Every page is checked with axe.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PrivacyOfficerJourneyTests(PortalServerFixture portal)
{
    private static readonly string CareWorkerEmail = EmailOf(Roles.CareWorker);
    private static readonly string CoordinatorEmail = EmailOf(Roles.CoMenshaCoordinator);
    private static readonly string PrivacyOfficerEmail = EmailOf(Roles.PrivacyOfficer);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^CM-\d{4}-\d{5}$")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex("/CoMensha/Victim/[0-9a-fA-F-]{36}$")]
    private static partial Regex VictimUrl();

    [Fact]
    public async Task Privacy_officer_verifies_the_log_reads_the_logs_and_handles_retention_erasure_and_access_requests()
    {
        PortalServerFixture.RequireChromium();
        var name = "Privacypersoon " + Guid.NewGuid().ToString("N")[..8];

        // A person to ask about: a care worker reports a signal, a CoMensha coordinator registers the possible victim.
        var (signalReference, number) = await RegisterPossibleVictimAsync(name);

        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, PrivacyOfficerEmail);
        await Expect(page.Locator("#home-role-" + Roles.PrivacyOfficer)).ToBeVisibleAsync();

        // a. The access log's start page; the chain of entries is intact.
        await page.Locator("#nav-privacy").ClickAsync();
        var log = new AccessLogPage(page);
        await log.WaitUntilShownAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Privacy(/Index)?$"));
        await Accessibility.AssertNoViolationsAsync(page, "access log");
        await log.Verify.ClickAsync();
        await Expect(log.VerifyResult).ToHaveAttributeAsync("data-ok", "true");
        await Expect(log.VerifyResult).ToHaveTextAsync(AnyText());
        await Accessibility.AssertNoViolationsAsync(page, "access log verified");
        await Screenshots.TakeAsync(page, "22-privacy-access-log.png", fullPage: false);

        // b. The log of the registered person, by registration number and by the signal's reference.
        await log.VictimLogLink.ClickAsync();
        var victimLog = LogViewPage.Victim(page);
        await victimLog.WaitUntilShownAsync();
        await Accessibility.AssertNoViolationsAsync(page, "log per victim (empty)");
        await victimLog.ShowAsync(number);
        await Expect(victimLog.Rows.First).ToBeVisibleAsync();
        await Expect(victimLog.NotFound).ToHaveCountAsync(0);
        await Expect(victimLog.ExportCsv).ToBeVisibleAsync();
        await Expect(victimLog.Table).ToContainTextAsync(CoordinatorEmail); // the registration
        await Accessibility.AssertNoViolationsAsync(page, "log per victim");
        await Screenshots.TakeAsync(page, "23-privacy-victim-log.png", fullPage: false);

        await victimLog.ShowAsync(signalReference);
        await Expect(victimLog.Rows.First).ToBeVisibleAsync();
        await Expect(victimLog.Table).ToContainTextAsync(CareWorkerEmail); // the report

        await victimLog.ShowAsync("CM-1900-99999");
        await Expect(victimLog.NotFound).ToBeVisibleAsync();
        await Expect(victimLog.Table).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "log per victim, unknown reference");

        // c. The log of one employee: what the coordinator did.
        await page.GotoAsync(AccessLogPage.RelativeUrl);
        await log.EmployeeLogLink.ClickAsync();
        var employeeLog = LogViewPage.Employee(page);
        await employeeLog.WaitUntilShownAsync();
        await Accessibility.AssertNoViolationsAsync(page, "log per employee (empty)");
        await employeeLog.ShowAsync(CoordinatorEmail);
        await Expect(employeeLog.Rows.First).ToBeVisibleAsync();
        await Expect(employeeLog.NotFound).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "log per employee");

        // d. The break-the-glass review queue, open and reviewed.
        await page.Locator("#nav-break-glass").ClickAsync();
        var review = new BreakGlassReviewPage(page);
        await review.WaitUntilShownAsync();
        await Accessibility.AssertNoViolationsAsync(page, "break-the-glass review");
        await review.ShowReviewed.ClickAsync();
        await Expect(review.ShowOpen).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "break-the-glass review, reviewed ones");

        // e. Retention: the periods, and the person's file found by its number.
        await page.Locator("#nav-retention").ClickAsync();
        var retention = new RetentionPage(page);
        await retention.WaitUntilShownAsync();
        await Accessibility.AssertNoViolationsAsync(page, "retention");
        await Screenshots.TakeAsync(page, "24-privacy-retention.png", fullPage: false);
        await retention.FindReference.FillAsync(number);
        await retention.FindSubmit.ClickAsync();
        var hold = new HoldPage(page);
        await Expect(hold.Title).ToContainTextAsync(number);
        await Expect(hold.LegalHold).ToHaveTextAsync(AnyText());
        await Expect(hold.HoldForm).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "retention of one record");

        // f. Erasure requests: an empty form shows a message next to each field; then a request for the person, which a
        //    second privacy officer must decide on.
        await page.Locator("#nav-erasure").ClickAsync();
        var requests = new ErasureRequestsPage(page);
        await requests.WaitUntilShownAsync();
        await Accessibility.AssertNoViolationsAsync(page, "erasure requests");
        await requests.Submit.ClickAsync();
        await Expect(requests.Error("RegistrationNumber")).ToHaveTextAsync(AnyText());
        await Expect(requests.Error("Ground")).ToHaveTextAsync(AnyText());
        await Expect(requests.Error("Reason")).ToHaveTextAsync(AnyText());
        await Accessibility.AssertNoViolationsAsync(page, "erasure requests with errors");
        await Screenshots.TakeAsync(page, "25-privacy-erasure-errors.png", fullPage: false);

        await requests.RegistrationNumber.FillAsync(number);
        await requests.Ground.SelectOptionAsync("ConsentWithdrawn");
        await requests.Reason.FillAsync("Verzoek van betrokkene per brief ontvangen.");
        await requests.Submit.ClickAsync();
        await Expect(requests.RequestTitle).ToContainTextAsync(number);
        await Expect(requests.RequestStatus).ToHaveTextAsync(AnyText());
        await Expect(requests.FourEyes).ToBeVisibleAsync();
        await Expect(page.Locator("#approve-submit")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "erasure request filed by the viewer");

        // g. A data-subject access request: everything held about the person, with the log about them.
        await page.Locator("#nav-subject").ClickAsync();
        var subject = new SubjectAccessPage(page);
        await subject.WaitUntilShownAsync();
        await Accessibility.AssertNoViolationsAsync(page, "data-subject access request");
        await subject.Reference.FillAsync(number);
        await subject.Find.ClickAsync();
        await Expect(subject.File).ToBeVisibleAsync();
        await Expect(subject.File).ToContainTextAsync(number);
        await Expect(subject.Names).ToContainTextAsync(name);
        await Expect(subject.Log.Locator("tbody tr").First).ToBeVisibleAsync();
        await Expect(subject.DownloadJson).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "data-subject access request of one person");
        await Screenshots.TakeAsync(page, "26-privacy-subject.png", fullPage: false);

        // h. The views above are in the log too, and the chain is still intact.
        await page.GotoAsync(AccessLogPage.RelativeUrl);
        await log.Verify.ClickAsync();
        await Expect(log.VerifyResult).ToHaveAttributeAsync("data-ok", "true");
    }

    /// <summary>A care worker reports a signal about the person, a coordinator registers them; returns the signal's reference and the registration number.</summary>
    private async Task<(string SignalReference, string RegistrationNumber)> RegisterPossibleVictimAsync(string name)
    {
        string signalUrl, reference;
        await using (var reporterContext = await portal.NewContextAsync())
        {
            var reporterPage = await reporterContext.NewPageAsync();
            await SignInAsync(reporterPage, CareWorkerEmail);
            reference = await ReportSignalAsync(reporterPage, name);
            signalUrl = reporterPage.Url;
        }

        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, CoordinatorEmail);
        await page.GotoAsync(signalUrl);
        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToContainTextAsync(reference);
        await details.TriageSignal.ClickAsync();
        var triage = new TriagePage(page);
        await triage.WaitUntilShownAsync();
        await triage.RegisterVictim.ClickAsync();
        await Expect(page).ToHaveURLAsync(VictimUrl());
        var file = new VictimFilePage(page);
        await Expect(file.Number).ToHaveTextAsync(RegistrationNumber());
        return (reference, (await file.Number.InnerTextAsync()).Trim());
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
