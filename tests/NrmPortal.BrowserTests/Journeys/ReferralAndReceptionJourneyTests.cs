using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using NrmPortal.Web.Configuration;
using NrmPortal.Web.Resources;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>
/// Care referrals and COA reception. A coordinator refers a registered person to a care provider with the person's consent and
/// a warm-handover note; the provider finds it among its incoming referrals, reads the note, accepts and completes it. And a
/// foreign woman in a reflection period recorded by the police is, once CoMensha has registered her, listed for COA as entitled
/// to reception; COA starts her allowance.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ReferralAndReceptionJourneyTests(PortalServerFixture portal)
{
    private static readonly DatabaseInitialiser.DemoAccount CareWorker = DatabaseInitialiser.DemoAccounts.First(a => a.Role == Roles.CareWorker);
    private static readonly string CoordinatorEmail = EmailOf(Roles.CoMenshaCoordinator);
    private static readonly string PoliceEmail = EmailOf(Roles.Police);
    private static readonly string CoaEmail = EmailOf(Roles.Coa);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^CM-\d{4}-\d{5}$")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex("/CoMensha/Victim/([0-9a-fA-F-]{36})$")]
    private static partial Regex VictimUrl();

    [GeneratedRegex("/Referrals/Create\\?victimId=[0-9a-fA-F-]{36}$")]
    private static partial Regex CreateUrl();

    [GeneratedRegex("/Referrals/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex ReferralUrl();

    [GeneratedRegex("/Tracks/Details/[0-9a-fA-F-]{36}$")]
    private static partial Regex TrackUrl();

    [GeneratedRegex("/Coa/Reception/[0-9a-fA-F-]{36}$")]
    private static partial Regex ReceptionUrl();

    [Fact]
    public async Task A_coordinator_refers_a_person_with_consent_and_a_note_and_the_care_provider_accepts_and_completes_it()
    {
        PortalServerFixture.RequireChromium();
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = "Joy Adeyemi " + id;
        var note = "Spreekt Engels en wat Nederlands. Liever een vrouwelijke hulpverlener. (" + id + ")";
        var today = DutchCalendar.DateOf(DateTime.UtcNow);

        // 1. A care worker reports an adult Nigerian woman; a coordinator registers her as a new possible victim.
        await using var careContext = await portal.NewContextAsync();
        var carePage = await careContext.NewPageAsync();
        await SignInAsync(carePage, CareWorker.Email);
        var (reference, signalUrl) = await ReportSignalAsync(carePage, name, "HealthCare", new DateOnly(1996, 6, 21));

        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, CoordinatorEmail);
        var (number, victimUrl, _) = await RegisterVictimAsync(page, signalUrl, reference);

        // 2. From the file the coordinator refers her; the empty form first shows what is missing.
        var file = new VictimFilePage(page);
        await file.ReferPerson.ClickAsync();
        await Expect(page).ToHaveURLAsync(CreateUrl());
        var form = new ReferralCreatePage(page);
        await form.WaitUntilShownAsync();
        await Expect(form.Title).ToContainTextAsync(number);
        await Expect(form.OrganisationOption(CareWorker.OrganisationName)).ToHaveCountAsync(1);
        await form.SubmitAsync();
        await Expect(page).ToHaveURLAsync(CreateUrl());
        await Expect(form.ValidationSummary).ToBeVisibleAsync();
        await Expect(form.Error("ToOrganisationId")).ToHaveTextAsync(AnyText());
        await Expect(form.Error("Need")).ToHaveTextAsync(AnyText());
        await Expect(form.Error("ConsentRecordedOn")).ToHaveTextAsync(AnyText());
        await Expect(form.Error("Consented")).ToHaveTextAsync(Shown(CreateReferral.ConfirmConsent));
        await Accessibility.AssertNoViolationsAsync(page, "referral form with errors");

        await form.ReferAsync(CareWorker.OrganisationName, "PsychologicalHelp", today, note);
        await Expect(page).ToHaveURLAsync(ReferralUrl());
        var sent = new ReferralDetailsPage(page);
        await sent.WaitUntilShownAsync();
        await Expect(sent.StatusMessage).ToBeVisibleAsync();
        await Expect(sent.Title).ToContainTextAsync(number);
        await Expect(sent.Status).ToHaveAttributeAsync("data-status", "Sent");
        await Expect(sent.Summary).ToContainTextAsync(CareWorker.OrganisationName);
        await Expect(sent.Summary.Locator("dt", new() { HasText = Shown("Referred to") })).ToHaveCountAsync(1); // "Verwezen naar", not a date range
        await Expect(sent.ConsentDate).ToHaveTextAsync(today.ToString("d", WebSetup.SupportedCultures[0]));
        await Expect(sent.HandoverNote).ToHaveTextAsync(note);
        await Expect(sent.WithdrawForm).ToBeVisibleAsync(); // the sender may record a withdrawal of consent
        await Expect(sent.AcceptForm).ToHaveCountAsync(0); // answering is the receiver's
        await Accessibility.AssertNoViolationsAsync(page, "referral sent (coordinator)");
        var referralUrl = page.Url;

        // 3. The care provider finds it among its incoming referrals, reads the note and accepts.
        await new PortalLayout(carePage).NavReferrals.ClickAsync();
        var list = new ReferralListPage(carePage);
        await list.WaitUntilShownAsync();
        await Expect(list.Incoming).ToHaveAttributeAsync("aria-current", "page");
        await Expect(list.Row(number)).ToHaveCountAsync(1);
        await Expect(list.Row(number)).ToHaveAttributeAsync("data-status", "Sent");
        await Expect(list.Row(number)).ToContainTextAsync("CoMensha");
        await Accessibility.AssertNoViolationsAsync(carePage, "incoming referrals (care provider)");
        await list.Link(number).ClickAsync();
        await Expect(carePage).ToHaveURLAsync(referralUrl);
        var received = new ReferralDetailsPage(carePage);
        await received.WaitUntilShownAsync();
        await Expect(received.Status).ToHaveAttributeAsync("data-status", "Sent");
        await Expect(received.HandoverNote).ToHaveTextAsync(note);
        await Expect(received.AcceptForm).ToBeVisibleAsync();
        await Expect(received.DeclineForm).ToBeVisibleAsync();
        await Expect(received.WithdrawForm).ToHaveCountAsync(0); // recording a withdrawal of consent is the sender's
        await Accessibility.AssertNoViolationsAsync(carePage, "referral received (care provider)");
        await Screenshots.TakeAsync(carePage, "20-referral.png", fullPage: false);

        await received.AcceptSubmit.ClickAsync();
        await Expect(carePage).ToHaveURLAsync(referralUrl);
        await Expect(received.StatusMessage).ToBeVisibleAsync();
        await Expect(received.Status).ToHaveAttributeAsync("data-status", "Accepted");
        await Expect(received.AcceptForm).ToHaveCountAsync(0);
        await Expect(received.DeclineForm).ToHaveCountAsync(0);

        // 4. Once the help is given, the provider completes the referral; the coordinator sees it completed.
        await received.CompleteSubmit.ClickAsync();
        await Expect(carePage).ToHaveURLAsync(referralUrl);
        await Expect(received.StatusMessage).ToBeVisibleAsync();
        await Expect(received.Status).ToHaveAttributeAsync("data-status", "Completed");
        await Expect(received.CompleteForm).ToHaveCountAsync(0);
        await Expect(received.NoSteps).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(sent.Status).ToHaveAttributeAsync("data-status", "Completed");
        await Expect(sent.WithdrawForm).ToHaveCountAsync(0);
        await page.GotoAsync(victimUrl);
        await Expect(file.Number).ToHaveTextAsync(number);
        await Expect(page.Locator("#victim-referrals-table tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_woman_in_a_reflection_period_is_entitled_to_reception_and_COA_starts_her_allowance()
    {
        PortalServerFixture.RequireChromium();
        var name = "Opvangpersoon " + Guid.NewGuid().ToString("N")[..8];
        var today = DutchCalendar.DateOf(DateTime.UtcNow);
        var offeredOn = today.AddDays(-5);

        // 1. The police report an adult Nigerian woman, open the track and record her accepted reflection period.
        await using var policeContext = await portal.NewContextAsync();
        var policePage = await policeContext.NewPageAsync();
        await SignInAsync(policePage, PoliceEmail);
        var (reference, signalUrl) = await ReportSignalAsync(policePage, name, "PoliceControl", new DateOnly(1999, 1, 30));
        await new SignalDetailsPage(policePage).StartTrack.ClickAsync();
        await Expect(policePage).ToHaveURLAsync(TrackUrl());
        var track = new TrackDetailsPage(policePage);
        await track.WaitUntilShownAsync();
        await track.RecordAcceptedOfferAsync(offeredOn, "Team Mensenhandel Rotterdam", "Inspecteur De Vries");
        await Expect(track.ReflectionState).ToHaveAttributeAsync("data-state", "Running");

        // 2. A coordinator registers the signal: the track now follows the registered person.
        await using var coordinatorContext = await portal.NewContextAsync();
        var coordinatorPage = await coordinatorContext.NewPageAsync();
        await SignInAsync(coordinatorPage, CoordinatorEmail);
        var (number, _, victimId) = await RegisterVictimAsync(coordinatorPage, signalUrl, reference);

        // 3. COA sees her as entitled on the basis of the reflection period, from the day it started.
        await using var coaContext = await portal.NewContextAsync();
        var page = await coaContext.NewPageAsync();
        await SignInAsync(page, CoaEmail);
        await new PortalLayout(page).NavReception.ClickAsync();
        var list = new ReceptionListPage(page);
        await list.WaitUntilShownAsync();
        await Expect(list.Row(victimId)).ToHaveCountAsync(1);
        await Expect(list.Row(victimId)).ToHaveAttributeAsync("data-ended", "false");
        await Expect(list.Row(victimId)).ToContainTextAsync(name);
        await Expect(list.Basis(victimId)).ToHaveAttributeAsync("data-basis", "ReflectionPeriod");
        await Expect(list.Row(victimId)).ToContainTextAsync(offeredOn.ToString("d", WebSetup.SupportedCultures[0]));
        await Expect(list.Allowance(victimId)).ToHaveTextAsync(Shown("No allowance recorded"));
        await Accessibility.AssertNoViolationsAsync(page, "reception list (COA)");

        // 4. Her page: an empty start form shows the missing date; then COA starts the allowance with health costs covered.
        await list.Link(victimId, number).ClickAsync();
        await Expect(page).ToHaveURLAsync(ReceptionUrl());
        var reception = new ReceptionPage(page);
        await reception.WaitUntilShownAsync();
        await Expect(reception.Title).ToContainTextAsync(number);
        await Expect(reception.Basis).ToHaveAttributeAsync("data-basis", "ReflectionPeriod");
        await Expect(reception.Allowance).ToHaveCountAsync(0);
        await Expect(reception.StartForm).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "reception page (COA)");
        var receptionUrl = page.Url;

        await reception.StartSubmit.ClickAsync();
        await Expect(page).ToHaveURLAsync(receptionUrl + "?handler=Start"); // shown again, not redirected
        await Expect(reception.ValidationSummary).ToBeVisibleAsync();
        await Expect(reception.StartError("From")).ToHaveTextAsync(AnyText());
        await Expect(reception.Allowance).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "reception start form with errors (COA)");

        await reception.StartAsync(offeredOn, healthCostCover: true);
        await Expect(page).ToHaveURLAsync(receptionUrl);
        await Expect(reception.StatusMessage).ToBeVisibleAsync();
        await Expect(reception.Allowance).ToBeVisibleAsync();
        await Expect(reception.Allowance).ToContainTextAsync(offeredOn.ToString("d", WebSetup.SupportedCultures[0]));
        await Expect(reception.Allowance).ToContainTextAsync(Shown("health costs covered"));
        await Expect(reception.StartForm).ToHaveCountAsync(0);
        await Expect(reception.ChangeForm).ToBeVisibleAsync();
        await Expect(reception.EndForm).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "reception page with a running allowance (COA)");
        await Screenshots.TakeAsync(page, "21-coa-reception.png", fullPage: false);

        // 5. The list shows the running allowance.
        await new PortalLayout(page).NavReception.ClickAsync();
        await list.WaitUntilShownAsync();
        await Expect(list.Allowance(victimId)).ToContainTextAsync(offeredOn.ToString("d", WebSetup.SupportedCultures[0]));
        await Expect(list.Allowance(victimId)).ToContainTextAsync(Shown("health costs covered"));
    }

    /// <summary>
    /// A text as the portal shows it: Dutch (the default language), or the English text itself while it has no translation.
    /// </summary>
    private string Shown(string english)
    {
        var localizer = portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = WebSetup.SupportedCultures[0];
        try
        {
            return localizer[english].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>
    /// Reports a signal about an adult Nigerian woman and returns its reference and address: as a care worker ("HealthCare",
    /// with her consent to registration) or as police ("PoliceControl", where the form does not ask for consent).
    /// </summary>
    private static async Task<(string Reference, string Url)> ReportSignalAsync(IPage page, string name, string signalContext, DateOnly dateOfBirth)
    {
        await new PortalLayout(page).NavReportSignal.ClickAsync();
        var form = new SignalRegisterPage(page);
        await form.WaitUntilShownAsync();
        await form.DangerNo.CheckAsync();
        await form.Context.SelectOptionAsync(signalContext);
        await form.Region.SelectOptionAsync("Rotterdam");
        await form.Indicator("CC-01").CheckAsync();
        await form.ExploitationForm("Sexual").CheckAsync();
        await form.Name.FillAsync(name);
        await form.Sex.SelectOptionAsync("Female");
        await form.DateOfBirth.FillAsync(TrackDetailsPage.DateValue(dateOfBirth));
        await form.Nationality.SelectOptionAsync("NG");
        if (signalContext != "PoliceControl") await form.ConsentYes.CheckAsync(); // the police are not asked for consent
        await form.SubmitAsync();

        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToHaveTextAsync(Reference());
        await Expect(page).ToHaveURLAsync(new Regex("/Signals/Details/[0-9a-fA-F-]{36}$"));
        var reference = Reference().Match(await details.Reference.InnerTextAsync()).Value;
        Assert.NotEmpty(reference);
        return (reference, page.Url);
    }

    /// <summary>
    /// A coordinator triages a signal as a new possible victim; returns the registration number, the file's address and the
    /// person's id.
    /// </summary>
    private static async Task<(string Number, string Url, Guid VictimId)> RegisterVictimAsync(IPage page, string signalUrl, string reference)
    {
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
        await Expect(file.ReferPerson).ToBeVisibleAsync();
        var victimId = Guid.Parse(VictimUrl().Match(page.Url).Groups[1].Value);
        return ((await file.Number.InnerTextAsync()).Trim(), page.Url, victimId);
    }

    private static string EmailOf(string role) => DatabaseInitialiser.DemoAccounts.First(a => a.Role == role).Email;

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, PortalServerFixture.DemoPassword);
    }
}
