using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Infrastructure.Seeding;
using NrmPortal.Web.Configuration;
using NrmPortal.Web.Resources;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>
/// Shelter: CoMensha registers a COSM facility with one place for a care provider; two coordinators assign that last place
/// at the same moment, to two different women. One gets it; the other is told on the page that the place has just gone and
/// puts her person on the COSM waiting list. The shelter's staff see the confidential address and confirm the arrival, and
/// occupancy and the victim file show the result.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ShelterJourneyTests(PortalServerFixture portal)
{
    private const string Provider = "Demo Zorgaanbieder";
    private static readonly string CareWorkerEmail = EmailOf(Roles.CareWorker);
    private static readonly string CoordinatorEmail = EmailOf(Roles.CoMenshaCoordinator);

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [GeneratedRegex(@"SIG-\d{4}-\d{6}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^CM-\d{4}-\d{5}$")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex("/CoMensha/Victim/[0-9a-fA-F-]{36}$")]
    private static partial Regex VictimUrl();

    [GeneratedRegex("/CoMensha/Places/[0-9a-fA-F-]{36}$")]
    private static partial Regex PlacesUrl();

    [GeneratedRegex("/CoMensha/Facility$")]
    private static partial Regex FacilityFormUrl();

    [GeneratedRegex("/Shelter/Facility/[0-9a-fA-F-]{36}$")]
    private static partial Regex FacilityUrl();

    [Fact]
    public async Task Two_coordinators_assign_the_last_COSM_place_one_gets_it_the_other_waits_and_the_shelter_confirms_arrival()
    {
        PortalServerFixture.RequireChromium();
        var id = Guid.NewGuid().ToString("N")[..8];
        var nameA = "Grace Okafor " + id;
        var nameB = "Blessing Eze " + id;
        var facility = "COSM Opvang " + id;
        var address = "Geheime Laan 7, 3011 AA Rotterdam (" + id + ")";

        // 1. A care worker reports two adult Nigerian women who have not made a report.
        await using var careContext = await portal.NewContextAsync();
        var carePage = await careContext.NewPageAsync();
        await SignInAsync(carePage, CareWorkerEmail);
        var (referenceA, signalUrlA) = await ReportSignalAsync(carePage, nameA, new DateOnly(1995, 3, 14));
        var (referenceB, signalUrlB) = await ReportSignalAsync(carePage, nameB, new DateOnly(1998, 11, 2));
        Assert.NotEqual(referenceA, referenceB);

        // A coordinator registers both as new possible victims.
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, CoordinatorEmail);
        var (numberA, victimUrlA) = await RegisterVictimAsync(page, signalUrlA, referenceA);
        var (numberB, victimUrlB) = await RegisterVictimAsync(page, signalUrlB, referenceB);
        Assert.NotEqual(numberA, numberB);

        // 2. The coordinator registers a COSM facility with one place for the care provider; an empty form first shows the errors.
        await new PortalLayout(page).NavShelter.ClickAsync();
        var facilities = new ShelterListPage(page);
        await facilities.WaitUntilShownAsync();
        await facilities.NewFacility.ClickAsync();
        var form = new FacilityFormPage(page);
        await form.WaitUntilShownAsync();
        await form.SubmitAsync();
        await Expect(page).ToHaveURLAsync(FacilityFormUrl());
        await Expect(form.ValidationSummary).ToBeVisibleAsync();
        await Expect(form.Error("Name")).ToHaveTextAsync(AnyText());
        await Expect(form.Error("Sexes")).ToHaveTextAsync(Shown(FacilityInputValidator.ChooseSex));
        await Accessibility.AssertNoViolationsAsync(page, "facility form with errors");

        await form.CreateAsync(Provider, facility, "Cosm", places: 1, region: "National", sexes: ["Women"], nationalities: ["Eu", "OutsideEu"], address);
        await Expect(page).ToHaveURLAsync(FacilityUrl());
        var facilityPage = new FacilityPage(page);
        await facilityPage.WaitUntilShownAsync();
        await Expect(facilityPage.StatusMessage).ToBeVisibleAsync();
        await Expect(facilityPage.Name).ToHaveTextAsync(facility);
        await Expect(facilityPage.Address).ToHaveTextAsync(address);
        await Expect(facilityPage.Places).ToHaveAttributeAsync("data-places", "1");
        await Expect(facilityPage.Places).ToHaveAttributeAsync("data-occupied", "0");
        await Expect(facilityPage.NoOccupants).ToBeVisibleAsync();
        await Expect(facilityPage.Edit).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "facility page (coordinator)");

        // 3. Two coordinators open the places page, one for each woman: both see the facility fit with its one free place.
        await page.GotoAsync(victimUrlA);
        await new VictimFilePage(page).FindPlace.ClickAsync();
        await Expect(page).ToHaveURLAsync(PlacesUrl());
        var places = new PlacesPage(page);
        await places.WaitUntilShownAsync();

        await using var secondContext = await portal.NewContextAsync();
        var secondPage = await secondContext.NewPageAsync();
        await SignInAsync(secondPage, CoordinatorEmail);
        await secondPage.GotoAsync(victimUrlB);
        await new VictimFilePage(secondPage).FindPlace.ClickAsync();
        await Expect(secondPage).ToHaveURLAsync(PlacesUrl());
        var stale = new PlacesPage(secondPage);
        await stale.WaitUntilShownAsync();

        foreach (var (view, number) in new[] { (places, numberA), (stale, numberB) })
        {
            await Expect(view.Title).ToContainTextAsync(number);
            await Expect(view.NoPlacement).ToBeVisibleAsync();
            await Expect(view.MatchRow(facility)).ToHaveAttributeAsync("data-fits", "true");
            await Expect(view.Free(facility)).ToHaveTextAsync("1 / 1");
            await Expect(view.Assign(facility)).ToBeVisibleAsync();
        }
        await Accessibility.AssertNoViolationsAsync(page, "places page");
        await Screenshots.TakeAsync(page, "16-places.png", fullPage: false);

        // The first assigns the place: it is requested at the facility.
        await places.Assign(facility).ClickAsync();
        await Expect(page).ToHaveURLAsync(PlacesUrl());
        await Expect(places.StatusMessage).ToBeVisibleAsync();
        await Expect(places.CurrentPlacement).ToContainTextAsync(facility);
        await Expect(places.CurrentPlacement).ToHaveAttributeAsync("data-status", "Requested");
        await Expect(places.NoPlacement).ToHaveCountAsync(0);
        await Expect(places.Assign(facility)).ToHaveCountAsync(0);

        // The second, on the page as it was, assigns the same place: refused on the page, with the list as it is now.
        var refused = await secondPage.RunAndWaitForResponseAsync(
            () => stale.Assign(facility).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("handler=Assign", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(200, refused.Status);
        await Expect(stale.ValidationSummary).ToBeVisibleAsync();
        await Expect(stale.ValidationSummary).ToContainTextAsync(Shown(ShelterFacility.NoFreePlaceMessage));
        await Expect(stale.MatchRow(facility)).ToHaveAttributeAsync("data-fits", "false");
        await Expect(stale.Reason(facility, nameof(MismatchReason.NoFreePlace))).ToHaveCountAsync(1);
        await Expect(stale.Reason(facility, nameof(MismatchReason.NoFreePlace))).ToHaveTextAsync(AnyText());
        await Expect(stale.Free(facility)).ToHaveTextAsync("0 / 1");
        await Expect(stale.Assign(facility)).ToHaveCountAsync(0);
        await Expect(stale.NoPlacement).ToBeVisibleAsync();
        await Expect(stale.CurrentPlacement).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(secondPage, "places page with the place just taken");
        await secondPage.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.TakeAsync(secondPage, "17-place-taken.png", fullPage: false);

        // The second coordinator puts her on the COSM waiting list: first in line.
        await stale.PutOnWaitingListAsync(nameof(WaitingList.Cosm));
        await Expect(secondPage).ToHaveURLAsync(PlacesUrl());
        await Expect(stale.StatusMessage).ToBeVisibleAsync();
        await Expect(stale.WaitingListEntry(nameof(WaitingList.Cosm))).ToHaveAttributeAsync("data-position", "1");
        await Expect(stale.WaitingLists.Locator("li")).ToHaveCountAsync(1);

        // 4. The care provider's staff open their facility: the confidential address and the woman expected; they confirm her arrival.
        await new PortalLayout(carePage).NavShelter.ClickAsync();
        var ownFacilities = new ShelterListPage(carePage);
        await ownFacilities.WaitUntilShownAsync();
        await Expect(ownFacilities.NewFacility).ToHaveCountAsync(0);
        await ownFacilities.FacilityLink(facility).ClickAsync();
        await Expect(carePage).ToHaveURLAsync(FacilityUrl());
        var staffView = new FacilityPage(carePage);
        await staffView.WaitUntilShownAsync();
        await Expect(staffView.Name).ToHaveTextAsync(facility);
        await Expect(staffView.Address).ToHaveTextAsync(address);
        await Expect(staffView.Edit).ToHaveCountAsync(0);
        await Expect(staffView.Occupant(numberA)).ToBeVisibleAsync();
        await Expect(staffView.Occupant(numberA)).ToContainTextAsync(nameA);
        await Expect(staffView.Occupant(numberA)).ToHaveAttributeAsync("data-status", "Requested");
        await Expect(staffView.Occupant(numberB)).ToHaveCountAsync(0);
        await Expect(staffView.ConfirmArrival(numberA)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(carePage, "facility page (shelter staff)");
        await Screenshots.TakeAsync(carePage, "19-facility-staff.png", fullPage: false);

        await staffView.ConfirmArrival(numberA).ClickAsync();
        await Expect(carePage).ToHaveURLAsync(FacilityUrl());
        await Expect(staffView.StatusMessage).ToBeVisibleAsync();
        await Expect(staffView.Occupant(numberA)).ToHaveAttributeAsync("data-status", "Placed");
        await Expect(staffView.ConfirmArrival(numberA)).ToHaveCountAsync(0);
        await Expect(staffView.Places).ToHaveAttributeAsync("data-occupied", "1");

        await page.ReloadAsync();
        await Expect(places.CurrentPlacement).ToHaveAttributeAsync("data-status", "Placed");

        // 5. Occupancy: the facility is full with one woman waiting, and the COSM places are in the table and the chart.
        await new PortalLayout(page).NavOccupancy.ClickAsync();
        var occupancy = new OccupancyPage(page);
        await occupancy.WaitUntilShownAsync();
        await Expect(occupancy.FacilityRow(facility)).ToHaveAttributeAsync("data-free", "0");
        await Expect(occupancy.FacilityRow(facility)).ToHaveAttributeAsync("data-waiting", "1");
        await Expect(occupancy.FacilityFree(facility)).ToHaveTextAsync(Shown("full"));
        await Expect(occupancy.TypeRow(nameof(ShelterType.Cosm))).ToBeVisibleAsync();
        await Expect(occupancy.Chart).ToBeVisibleAsync();
        await Expect(occupancy.Chart.Locator($"g[data-type='{nameof(ShelterType.Cosm)}']")).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(page, "occupancy");
        await Screenshots.TakeAsync(page, "18-occupancy.png", fullPage: false);

        // 6. The first woman's file shows the request and the arrival on its timeline; the second's shows no placement.
        await page.GotoAsync(victimUrlA);
        var file = new VictimFilePage(page);
        await Expect(file.Number).ToHaveTextAsync(numberA);
        await Expect(file.TimelineEvents("PlacementRequested")).ToHaveCountAsync(1);
        await Expect(file.TimelineEvents("PlacementRequested")).ToContainTextAsync(facility);
        await Expect(file.TimelineEvents("PlacementPlaced")).ToHaveCountAsync(1);
        await Expect(file.TimelineEvents("PlacementPlaced")).ToContainTextAsync(facility);

        await page.GotoAsync(victimUrlB);
        await Expect(file.Number).ToHaveTextAsync(numberB);
        await Expect(file.TimelineEvents("PlacementRequested")).ToHaveCountAsync(0);
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
    /// Reports a signal as a care worker about a Nigerian woman (who has not made a report to the police) and returns its
    /// reference and address.
    /// </summary>
    private static async Task<(string Reference, string Url)> ReportSignalAsync(IPage page, string name, DateOnly dateOfBirth)
    {
        await new PortalLayout(page).NavReportSignal.ClickAsync();
        var form = new SignalRegisterPage(page);
        await form.WaitUntilShownAsync();
        await form.DangerNo.CheckAsync();
        await form.Context.SelectOptionAsync("HealthCare");
        await form.Region.SelectOptionAsync("Rotterdam");
        await form.Indicator("CC-01").CheckAsync();
        await form.ExploitationForm("Sexual").CheckAsync();
        await form.Name.FillAsync(name);
        await form.Sex.SelectOptionAsync("Female");
        await form.DateOfBirth.FillAsync(TrackDetailsPage.DateValue(dateOfBirth));
        await form.Nationality.SelectOptionAsync("NG");
        await form.ConsentYes.CheckAsync();
        await form.SubmitAsync();

        var details = new SignalDetailsPage(page);
        await Expect(details.Reference).ToHaveTextAsync(Reference());
        await Expect(page).ToHaveURLAsync(new Regex("/Signals/Details/[0-9a-fA-F-]{36}$"));
        var reference = Reference().Match(await details.Reference.InnerTextAsync()).Value;
        Assert.NotEmpty(reference);
        return (reference, page.Url);
    }

    /// <summary>A coordinator triages a signal as a new possible victim; returns the registration number and the file's address.</summary>
    private static async Task<(string Number, string Url)> RegisterVictimAsync(IPage page, string signalUrl, string reference)
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
        await Expect(file.FindPlace).ToBeVisibleAsync();
        return ((await file.Number.InnerTextAsync()).Trim(), page.Url);
    }

    private static string EmailOf(string role) => DatabaseInitialiser.DemoAccounts.First(a => a.Role == role).Email;

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, PortalServerFixture.DemoPassword);
    }
}
