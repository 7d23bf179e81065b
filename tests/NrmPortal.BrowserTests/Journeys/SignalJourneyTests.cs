using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>Professionals report a possible victim to CoMensha and get the handling instruction that fits the person.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class SignalJourneyTests(PortalServerFixture portal)
{
    private static readonly string CareWorkerEmail = EmailOf(Roles.CareWorker);
    private static readonly string PoliceEmail = EmailOf(Roles.Police);
    private static readonly string AdministratorEmail = EmailOf(Roles.Administrator);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"^.*SIG-\d{4}-\d{6}$")]
    private static partial Regex HeadingWithReference();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [Fact]
    public async Task Care_worker_reports_a_signal_and_gets_the_tailored_handling_instruction()
    {
        PortalServerFixture.RequireChromium();
        var name = "Testpersoon " + Guid.NewGuid().ToString("N")[..8];
        const string AccountText = "Zij zei dat haar paspoort is afgepakt. <script>alert(1)</script> Einde.";
        var fourteenYearsAgo = DateOnly.FromDateTime(DateTime.Today).AddYears(-14);

        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        // Whatever was typed must never run as script: any dialog is a failure.
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var layout = new PortalLayout(page);

        await SignInAsync(page, CareWorkerEmail);
        await layout.NavReportSignal.ClickAsync();
        var form = new SignalRegisterPage(page);
        await form.WaitUntilShownAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SignalRegisterPage.RelativeUrl) + "$"));
        await Expect(form.ConsentYes).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "report a signal");

        // An empty form: a message next to each question that must be answered.
        await form.SubmitAsync();
        foreach (var field in new[] { "Context", "IndicatorCodes", "ImmediateDanger" })
        {
            await Expect(form.Error(field)).ToBeVisibleAsync();
            await Expect(form.Error(field)).ToHaveTextAsync(AnyText());
        }
        await Accessibility.AssertNoViolationsAsync(page, "report a signal with errors");
        // The form is long (40 indicators): the top shows the summary and the first field messages.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.TakeAsync(page, "07-signal-form-errors.png", fullPage: false);

        // A 14-year-old Nigerian girl without a parent or guardian, in immediate danger.
        await form.DangerYes.CheckAsync();
        await form.Context.SelectOptionAsync("HealthCare");
        await form.Region.SelectOptionAsync("Rotterdam");
        await form.Indicator("CC-01").CheckAsync();
        await form.Indicator("MN-01").CheckAsync();
        await form.ExploitationForm("Sexual").CheckAsync();
        await form.Name.FillAsync(name);
        await form.DateOfBirth.FillAsync(fourteenYearsAgo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.Nationality.SelectOptionAsync("NG");
        await form.Guardian("false").CheckAsync();
        await form.ConsentYes.CheckAsync();
        await form.Account.FillAsync(AccountText);
        await form.SubmitAsync();

        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToHaveTextAsync(HeadingWithReference());
        await Expect(page).ToHaveURLAsync(new Regex("/Signals/Details/[0-9a-fA-F-]{36}$"));
        await Expect(details.StatusMessage).ToBeVisibleAsync();
        await Expect(details.StatusMessage).ToHaveTextAsync(Reference());
        await Expect(details.HandlingSteps).ToHaveCountAsync(5);
        Assert.Equal(
            ["CallEmergencyNumberFirst", "CoMenshaCoordinatesCare", "InformAboutReflectionPeriodThroughPolice", "InvolveYouthCare", "InvolveNidosGuardianship"],
            await details.HandlingStepValuesAsync());

        // The account is shown as the literal text that was typed, not as markup.
        await Expect(details.Account).ToHaveTextAsync(AccountText);
        await Expect(details.Account.Locator("script")).ToHaveCountAsync(0);
        await Expect(page.GetByText(name)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "signal details");
        await Screenshots.TakeAsync(page, "08-signal-registered.png");

        var reference = Reference().Match(await details.Reference.InnerTextAsync()).Value;
        Assert.NotEmpty(reference);

        // The organisation's list shows the new signal, linking to its details.
        await layout.NavSignals.ClickAsync();
        var list = new SignalListPage(page);
        await Expect(list.Table).ToBeVisibleAsync();
        await Expect(list.Table.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "signals of my organisation");

        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Police_report_without_the_consent_question_and_keep_what_was_typed_on_errors()
    {
        PortalServerFixture.RequireChromium();
        var name = "Behouden " + Guid.NewGuid().ToString("N")[..8];
        var nextYear = DateOnly.FromDateTime(DateTime.Today).AddYears(1);

        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var layout = new PortalLayout(page);

        await SignInAsync(page, PoliceEmail);
        await layout.NavReportSignal.ClickAsync();
        var form = new SignalRegisterPage(page);
        await form.WaitUntilShownAsync();

        // The police have a duty to report: the consent question is not asked.
        await Expect(form.ConsentYes).ToHaveCountAsync(0);
        await Expect(form.ConsentNo).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "report a signal (police)");

        await form.Name.FillAsync(name);
        await form.DateOfBirth.FillAsync(nextYear.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.SubmitAsync();

        await Expect(form.Error("DateOfBirth")).ToBeVisibleAsync();
        await Expect(form.Error("DateOfBirth")).ToHaveTextAsync(AnyText());
        await Expect(form.Name).ToHaveValueAsync(name);
        await Expect(form.ConsentYes).ToHaveCountAsync(0);
        await Expect(form.Error("ConsentToRegistration")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "report a signal with errors (police)");
    }

    [Fact]
    public async Task An_administrator_has_no_signal_pages()
    {
        PortalServerFixture.RequireChromium();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var layout = new PortalLayout(page);

        await SignInAsync(page, AdministratorEmail);
        await Expect(page.Locator("#home-admin")).ToBeVisibleAsync();
        await Expect(layout.NavSignals).ToHaveCountAsync(0);
        await Expect(layout.NavReportSignal).ToHaveCountAsync(0);

        await page.GotoAsync(SignalRegisterPage.RelativeUrl);
        await Expect(page).ToHaveURLAsync(new Regex("/Identity/Account/AccessDenied"));
        await Expect(page.Locator("#access-denied")).ToHaveCountAsync(1);
        await Expect(page.Locator("#signal-form")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "access denied (administrator on signals)");
    }

    private static string EmailOf(string role) => DatabaseInitialiser.DemoAccounts.First(a => a.Role == role).Email;

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, PortalServerFixture.DemoPassword);
    }
}
