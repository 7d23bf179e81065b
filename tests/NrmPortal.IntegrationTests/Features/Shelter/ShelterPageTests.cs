using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Domain.Shelter;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>The shelter pages as a browser uses them: forms post and redirect, refusals come back as messages, never as a 500.</summary>
public sealed class ShelterPageTests(ShelterPortal portal) : IClassFixture<ShelterPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<string> NameOfAsync(Guid facilityId) => portal.Factory.WithDbAsync(db => db.ShelterFacilities.Where(f => f.Id == facilityId).Select(f => f.Name).SingleAsync(Ct));

    private Task<string> RegistrationNumberOfAsync(Guid victimId) =>
        portal.Factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == victimId).Select(v => v.RegistrationNumber).SingleAsync(Ct));

    private static async Task<IHtmlFormElement> AssignFormAsync(HttpClient client, Guid victimId, string facilityName)
    {
        var page = await client.GetDocumentAsync($"/CoMensha/Places/{victimId}");
        return page.QuerySelector($"#matches-table tr[data-facility='{facilityName}'] form") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No assign form for {facilityName}");
    }

    private static string[] SummaryMessages(IHtmlDocument page) =>
        page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).ToArray();

    [Fact]
    public async Task A_place_is_assigned_from_the_places_page()
    {
        var victimId = await portal.RegisterVictimAsync();
        var facilityId = await portal.CreateFacilityAsync(places: 1);
        var client = portal.Factory.ClientFor(portal.Coordinator);

        var response = await client.SubmitAsync(await AssignFormAsync(client, victimId, await NameOfAsync(facilityId)), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/CoMensha/Places/{victimId}", response.LocationPath());
        Assert.Equal(1, (await portal.FacilityAsync(facilityId)).Occupied);
        var page = await client.GetDocumentAsync($"/CoMensha/Places/{victimId}");
        Assert.Equal(nameof(PlacementStatus.Requested), page.QuerySelector("#current-placement")?.GetAttribute("data-status"));
        Assert.Empty(page.QuerySelectorAll("#matches-table form")); // a person with a place is transferred, not assigned again
    }

    [Fact]
    public async Task A_stale_page_assigning_a_place_that_has_just_gone_shows_why_and_the_new_situation()
    {
        var victimId = await portal.RegisterVictimAsync();
        var facilityId = await portal.CreateFacilityAsync(places: 1);
        var name = await NameOfAsync(facilityId);
        var client = portal.Factory.ClientFor(portal.Coordinator);
        var staleForm = await AssignFormAsync(client, victimId, name);
        await portal.AssignAsync(await portal.RegisterVictimAsync(), facilityId); // another coordinator takes the place

        var response = await client.SubmitAsync(staleForm, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains(portal.Dutch(ShelterFacility.NoFreePlaceMessage), SummaryMessages(page));
        Assert.Equal("false", page.QuerySelector($"#matches-table tr[data-facility='{name}']")?.GetAttribute("data-fits"));
        Assert.NotNull(page.QuerySelector("#no-placement"));
        Assert.Equal(1, (await portal.FacilityAsync(facilityId)).Occupied);
        Assert.Equal(0, await portal.Factory.WithDbAsync(db => db.Placements.CountAsync(p => p.VictimId == victimId, Ct)));
    }

    [Fact]
    public async Task A_new_facility_with_missing_fields_shows_each_fields_message_and_keeps_what_was_typed()
    {
        var client = portal.Factory.ClientFor(portal.Coordinator);

        var response = await client.SubmitAsync("/CoMensha/Facility", "#facility-form",
            [new("Input.Name", "Opvang Typfout"), new("Input.MinimumAge", "18"), new("Input.ConfidentialAddress", "Achterom 7, Utrecht")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        foreach (var field in new[] { "Input.OrganisationId", "Input.Type", "Input.Places", "Input.Region", "Input.Sexes", "Input.Nationalities" })
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent), $"No message beside {field}");
        Assert.True(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent));
        Assert.Equal("Opvang Typfout", (page.QuerySelector("input[name='Input.Name']") as IHtmlInputElement)?.Value);
        Assert.Equal("18", (page.QuerySelector("input[name='Input.MinimumAge']") as IHtmlInputElement)?.Value);
        Assert.Equal("Achterom 7, Utrecht", (page.QuerySelector("textarea[name='Input.ConfidentialAddress']") as IHtmlTextAreaElement)?.Value);
        Assert.False(await portal.Factory.WithDbAsync(db => db.ShelterFacilities.AnyAsync(f => f.Name == "Opvang Typfout", Ct)));
    }

    [Fact]
    public async Task A_new_facility_is_saved_from_the_form_and_its_page_opens()
    {
        var client = portal.Factory.ClientFor(portal.Coordinator);
        var name = "Opvang Formulier " + Guid.NewGuid().ToString("N")[..6];

        var response = await client.SubmitAsync("/CoMensha/Facility", "#facility-form",
        [
            new("Input.OrganisationId", portal.ProviderId.ToString()), new("Input.Name", name), new("Input.Type", nameof(ShelterType.WomensShelter)),
            new("Input.Places", "4"), new("Input.Sexes", nameof(SexesAdmitted.Women)),
            new("Input.Nationalities", nameof(NationalityGroups.Eu)), new("Input.Nationalities", nameof(NationalityGroups.OutsideEu)),
            new("Input.Region", nameof(NrmPortal.Domain.Organisations.Regions.MiddenNederland)), new("Input.ConfidentialAddress", "Domplein 1, Utrecht"),
        ]);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await HtmlForms.ParseAsync(response)).ValidationMessages()));
        var facility = await portal.Factory.WithDbAsync(db => db.ShelterFacilities.AsNoTracking().SingleAsync(f => f.Name == name, Ct));
        Assert.Equal($"/Shelter/Facility/{facility.Id}", response.LocationPath());
        Assert.Equal((ShelterType.WomensShelter, 4, SexesAdmitted.Women, NationalityGroups.Eu | NationalityGroups.OutsideEu),
            (facility.Type, facility.Places, facility.Criteria.Sexes, facility.Criteria.Nationalities));
        var page = await client.GetDocumentAsync($"/Shelter/Facility/{facility.Id}");
        Assert.Equal("Domplein 1, Utrecht", page.TextOf("#facility-address"));
        var edit = await client.GetDocumentAsync($"/CoMensha/Facility/{facility.Id}");
        Assert.Equal(name, (edit.QuerySelector("input[name='Input.Name']") as IHtmlInputElement)?.Value);
    }

    [Fact]
    public async Task A_facility_page_opens_for_CoMensha_and_the_providers_staff_and_is_not_found_for_other_staff()
    {
        var input = portal.Input();
        var facilityId = await portal.CreateFacilityAsync(input);

        var forOtherStaff = await portal.Factory.ClientFor(portal.OtherProviderStaff).GetAsync(new Uri($"/Shelter/Facility/{facilityId}", UriKind.Relative), Ct);
        var forNonProvider = await portal.Factory.ClientFor(portal.NonProviderCareWorker).GetAsync(new Uri($"/Shelter/Facility/{facilityId}", UriKind.Relative), Ct);
        var forStaff = await portal.Factory.ClientFor(portal.ProviderStaff).GetDocumentAsync($"/Shelter/Facility/{facilityId}");
        var forCoordinator = await portal.Factory.ClientFor(portal.Coordinator).GetDocumentAsync($"/Shelter/Facility/{facilityId}");

        Assert.Equal(HttpStatusCode.NotFound, forOtherStaff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forNonProvider.StatusCode);
        Assert.DoesNotContain("Geheime Gracht", await forOtherStaff.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(input.ConfidentialAddress, forStaff.TextOf("#facility-address"));
        Assert.Equal(input.ConfidentialAddress, forCoordinator.TextOf("#facility-address"));
        Assert.DoesNotContain("Geheime Gracht", (await portal.Factory.ClientFor(portal.Coordinator).GetDocumentAsync("/Shelter")).Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shelter_confirms_arrival_and_records_departure_on_the_facility_page()
    {
        var victimId = await portal.RegisterVictimAsync();
        var facilityId = await portal.CreateFacilityAsync(places: 1);
        await portal.AssignAsync(victimId, facilityId);
        var number = await RegistrationNumberOfAsync(victimId);
        var client = portal.Factory.ClientFor(portal.ProviderStaff);
        var url = $"/Shelter/Facility/{facilityId}";

        var arrival = await client.SubmitAsync(url, $"#arrival-form-{number}", []);
        var afterArrival = await client.GetDocumentAsync(url);
        var noReason = await client.SubmitAsync(url, $"#departure-form-{number}", []);
        var departure = await client.SubmitAsync(url, $"#departure-form-{number}", [new("Departure.Reason", nameof(PlacementEndReason.MovedOnToFollowOnShelter))]);
        var afterDeparture = await client.GetDocumentAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, arrival.StatusCode);
        Assert.Equal(nameof(PlacementStatus.Placed), afterArrival.QuerySelector($"#occupant-{number}")?.GetAttribute("data-status"));
        Assert.Null(afterArrival.QuerySelector($"#arrival-form-{number}"));
        Assert.DoesNotContain(afterArrival.QuerySelectorAll($"#departure-form-{number} option").Select(o => o.GetAttribute("value")), v => v == nameof(PlacementEndReason.NotArrived));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(noReason)).ValidationMessages());
        Assert.Equal(HttpStatusCode.Redirect, departure.StatusCode);
        Assert.NotNull(afterDeparture.QuerySelector("#no-occupants"));
        Assert.Equal("0", afterDeparture.QuerySelector("#facility-places")?.GetAttribute("data-occupied"));
    }

    [Fact]
    public async Task The_overview_pages_open()
    {
        await portal.CreateFacilityAsync(portal.Input(ShelterType.Cosm) with { Region = NrmPortal.Domain.Organisations.Regions.Limburg });
        var coordinator = portal.Factory.ClientFor(portal.Coordinator);

        var occupancy = await coordinator.GetDocumentAsync("/CoMensha/Occupancy");
        var limburg = await coordinator.GetDocumentAsync("/CoMensha/Occupancy?region=Limburg");
        var list = await coordinator.GetDocumentAsync("/Shelter");
        var staffList = await portal.Factory.ClientFor(portal.ProviderStaff).GetDocumentAsync("/Shelter");
        var forStaff = await portal.Factory.ClientFor(portal.ProviderStaff).GetAsync(new Uri("/CoMensha/Occupancy", UriKind.Relative), Ct);

        Assert.NotNull(occupancy.QuerySelector("#types-table"));
        Assert.NotNull(limburg.QuerySelector("#types-table"));
        Assert.NotNull(list.QuerySelector("#facilities-table"));
        Assert.NotNull(list.QuerySelector("#new-facility"));
        Assert.Null(staffList.QuerySelector("#new-facility"));
        Assert.True(forStaff.StatusCode == HttpStatusCode.Forbidden
            || (forStaff.StatusCode == HttpStatusCode.Redirect && forStaff.LocationPath()?.StartsWith("/Identity/Account/AccessDenied", StringComparison.Ordinal) == true),
            $"Staff opened CoMensha's occupancy: {forStaff.StatusCode}");
    }
}
