using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Shelter: the facilities the user may see (all for CoMensha, the own organisation's for shelter staff).</summary>
public sealed class ShelterListPage(IPage page)
{
    public const string RelativeUrl = "/Shelter";

    public ILocator Heading => page.Locator("main h1");
    public ILocator Table => page.Locator("#facilities-table");
    public ILocator NoFacilities => page.Locator("#no-facilities");

    /// <summary>The "New facility" button, shown to CoMensha coordinators.</summary>
    public ILocator NewFacility => page.Locator("#new-facility");

    /// <summary>The link to a facility in the table, by its name.</summary>
    public ILocator FacilityLink(string name) => Table.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(RelativeUrl) + "$"));
        await Assertions.Expect(Heading).ToBeVisibleAsync();
    }
}

/// <summary>/CoMensha/Facility/{id?}: CoMensha registers a facility with its admission criteria, or changes one.</summary>
public sealed class FacilityFormPage(IPage page)
{
    public const string RelativeUrl = "/CoMensha/Facility";

    public ILocator Form => page.Locator("#facility-form");
    public ILocator ValidationSummary => page.Locator("#validation-summary");
    public ILocator Provider => page.Locator("#Input_OrganisationId");
    public ILocator Name => page.Locator("#Input_Name");

    /// <summary>The kind of place, by ShelterType value (e.g. "Cosm", "WomensShelter").</summary>
    public ILocator Type => page.Locator("#Input_Type");

    public ILocator Places => page.Locator("#Input_Places");

    /// <summary>The region, by Regions value (e.g. "National", "Rotterdam").</summary>
    public ILocator Region => page.Locator("#Input_Region");

    /// <summary>A sex the facility admits: "Women", "Men" or "Other".</summary>
    public ILocator Sex(string sex) => page.Locator($"#sex-{sex}");

    /// <summary>A nationality group the facility admits: "Dutch", "Eu" or "OutsideEu".</summary>
    public ILocator Nationality(string group) => page.Locator($"#nationality-{group}");

    public ILocator AcceptsAccompanyingChildren => page.Locator("#Input_AcceptsAccompanyingChildren");
    public ILocator ConfidentialAddress => page.Locator("#Input_ConfidentialAddress");
    public ILocator Submit => page.Locator("#facility-submit");

    /// <summary>The error message next to a field, by property name (e.g. "Name", "Type", "Sexes").</summary>
    public ILocator Error(string field) => Form.Locator($"span[data-valmsg-for='Input.{field}']");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Form).ToBeVisibleAsync();
        await Assertions.Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Submits the form as it is (e.g. empty, to see the field errors).</summary>
    public Task SubmitAsync() => Submit.ClickAsync();

    /// <summary>Fills in a facility and saves it; the portal then opens the facility's page.</summary>
    public async Task CreateAsync(string provider, string name, string type, int places, string region, string[] sexes, string[] nationalities, string address)
    {
        await Provider.SelectOptionAsync(new SelectOptionValue { Label = provider });
        await Name.FillAsync(name);
        await Type.SelectOptionAsync(type);
        await Places.FillAsync(places.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Region.SelectOptionAsync(region);
        foreach (var sex in sexes) await Sex(sex).CheckAsync();
        foreach (var group in nationalities) await Nationality(group).CheckAsync();
        await ConfidentialAddress.FillAsync(address);
        await SubmitAsync();
    }
}

/// <summary>/Shelter/Facility/{id}: one facility with its confidential address and the people requested or placed there.</summary>
public sealed class FacilityPage(IPage page)
{
    public ILocator Name => page.Locator("#facility-name");
    public ILocator StatusMessage => page.Locator("#status-message");
    public ILocator ValidationSummary => page.Locator("#validation-summary");

    /// <summary>The places line; carries data-places and data-occupied.</summary>
    public ILocator Places => page.Locator("#facility-places");

    public ILocator Address => page.Locator("#facility-address");
    public ILocator NoOccupants => page.Locator("#no-occupants");

    /// <summary>The card of a person requested or placed here, by registration number; carries data-status ("Requested", "Placed").</summary>
    public ILocator Occupant(string registrationNumber) => page.Locator($"#occupant-{registrationNumber}");

    /// <summary>The "Confirm arrival" button of a requested person, shown to the provider's staff.</summary>
    public ILocator ConfirmArrival(string registrationNumber) => page.Locator($"#confirm-arrival-{registrationNumber}");

    /// <summary>The "End the request" or "Record departure" button of a person.</summary>
    public ILocator EndPlacement(string registrationNumber) => page.Locator($"#end-placement-{registrationNumber}");

    /// <summary>The "Change facility" button, shown to CoMensha coordinators.</summary>
    public ILocator Edit => page.Locator("#edit-facility");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Name).ToBeVisibleAsync();
        await Assertions.Expect(Places).ToBeVisibleAsync();
    }
}

/// <summary>
/// /CoMensha/Places/{victimId}: finding a place for one person: the facilities with whether they fit and why not, assigning
/// a place, the current placement and the waiting lists.
/// </summary>
public sealed class PlacesPage(IPage page)
{
    public ILocator Title => page.Locator("#places-title");
    public ILocator StatusMessage => page.Locator("#status-message");
    public ILocator ValidationSummary => page.Locator("#validation-summary");

    /// <summary>The current placement: the facility and its status; carries data-status ("Requested", "Placed").</summary>
    public ILocator CurrentPlacement => page.Locator("#current-placement");

    public ILocator NoPlacement => page.Locator("#no-placement");
    public ILocator Matches => page.Locator("#matches-table");

    /// <summary>A facility's row in the matches table, by its name; carries data-fits ("true" or "false").</summary>
    public ILocator MatchRow(string facility) => Matches.Locator($"tbody tr[data-facility='{facility}']");

    /// <summary>The "free / places" cell of a facility's row.</summary>
    public ILocator Free(string facility) => MatchRow(facility).Locator("td").Nth(3);

    /// <summary>Why a facility does not fit, by MismatchReason value (e.g. "NoFreePlace").</summary>
    public ILocator Reason(string facility, string reason) => MatchRow(facility).Locator($"li[data-reason='{reason}']");

    /// <summary>The "Assign" button in a facility's row, shown while it fits and the person has no place.</summary>
    public ILocator Assign(string facility) => MatchRow(facility).Locator("button[type='submit']");

    public ILocator WaitForm => page.Locator("#wait-form");

    /// <summary>The waiting list to put the person on, by WaitingList value ("Cosm", "RegularShelter", "AsylumReception").</summary>
    public ILocator WaitingList => page.Locator("#list");

    public ILocator WaitSubmit => page.Locator("#wait-submit");
    public ILocator WaitingLists => page.Locator("#waiting-lists");

    /// <summary>The person's entry on one waiting list, by WaitingList value; carries data-position (1 is first in line).</summary>
    public ILocator WaitingListEntry(string list) => WaitingLists.Locator($"li[data-list='{list}']");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Matches).ToBeVisibleAsync();
    }

    /// <summary>Puts the person on a waiting list.</summary>
    public async Task PutOnWaitingListAsync(string list)
    {
        await WaitingList.SelectOptionAsync(list);
        await WaitSubmit.ClickAsync();
    }
}

/// <summary>/CoMensha/Occupancy: places, occupied, free and waiting per kind of place (table and chart) and per facility.</summary>
public sealed class OccupancyPage(IPage page)
{
    public const string RelativeUrl = "/CoMensha/Occupancy";

    public ILocator Heading => page.Locator("main h1");
    public ILocator RegionFilter => page.Locator("#region-filter");
    public ILocator WaitingSummary => page.Locator("#waiting-summary");
    public ILocator Types => page.Locator("#types-table");

    /// <summary>The row of one kind of place, by ShelterType value (e.g. "Cosm").</summary>
    public ILocator TypeRow(string type) => Types.Locator($"tbody tr[data-type='{type}']");

    public ILocator Chart => page.Locator("svg#occupancy-chart");
    public ILocator Facilities => page.Locator("#facilities-occupancy");

    /// <summary>A facility's row, by its name; carries data-free and data-waiting.</summary>
    public ILocator FacilityRow(string facility) => Facilities.Locator($"tbody tr[data-facility='{facility}']");

    /// <summary>The "free" cell of a facility's row ("full" when no place is free).</summary>
    public ILocator FacilityFree(string facility) => FacilityRow(facility).Locator("td").Nth(5);

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(RelativeUrl) + "$"));
        await Assertions.Expect(Heading).ToBeVisibleAsync();
        await Assertions.Expect(Types).ToBeVisibleAsync();
    }
}
