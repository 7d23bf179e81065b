using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Organisations;

[Collection(PortalCollection.Name)]
public sealed class OrganisationAdministrationTests(PortalFactory factory)
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creates_organisation_with_profile_and_audits_it_when_input_valid()
    {
        var client = factory.ClientFor(Admin);
        var name = "Zorg Noord " + Guid.NewGuid().ToString("N")[..8];

        var response = await client.SubmitAsync("/Admin/Organisations/Create", "#organisation-form",
        [
            new("Input.Name", name), new("Input.Type", "ShelterProvider"),
            new("Input.RegionsServed", "Amsterdam"), new("Input.RegionsServed", "Rotterdam"),
            new("Input.PostalCode", "1234 ab"), new("Input.City", "Amsterdam"), new("Input.Website", "https://example.org"),
            new("Input.Description", "Opvang voor slachtoffers"), new("Input.ProfilePublished", "true"),
            new("Input.SupportOffers[Shelter]", "24 bedden"), new("Input.TargetGroups", "Women"),
        ]);

        Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{response.StatusCode} " + string.Join(" | ", (await HtmlForms.ParseAsync(response)).ValidationMessages()));
        var saved = await factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == name, Ct));
        Assert.Equal(OrganisationType.ShelterProvider, saved.Type);
        Assert.Equal(Regions.Amsterdam | Regions.Rotterdam, saved.RegionsServed);
        Assert.Equal("1234 AB", saved.Contact.PostalCode);
        Assert.True(saved.ProfilePublished);
        Assert.Equal(TargetGroups.Women, saved.TargetGroups);
        Assert.Equal("24 bedden", Assert.Single(saved.SupportOffers).Description);
        Assert.Equal($"/Admin/Organisations/Details/{saved.Id}", response.LocationPath());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(Organisation) && a.EntityId == saved.Id.ToString(), Ct));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal(Admin.UserId, audit.UserId);
        Assert.Equal(Roles.Administrator, audit.Role);
        Assert.Contains("Name", audit.ChangedFields!.Split(','));
        Assert.Contains("Contact.City", audit.ChangedFields.Split(','));
        Assert.DoesNotContain(name, audit.ChangedFields, StringComparison.Ordinal); // names of fields, never values
        Assert.False(string.IsNullOrEmpty(audit.CorrelationId));
        Assert.Equal(DateTimeKind.Utc, audit.OccurredAtUtc.Kind);
    }

    [Fact]
    public async Task Shows_field_messages_keeps_input_and_saves_nothing_when_input_invalid()
    {
        var client = factory.ClientFor(Admin);
        var before = await factory.WithDbAsync(db => db.Organisations.CountAsync(Ct));

        var response = await client.SubmitAsync("/Admin/Organisations/Create", "#organisation-form",
        [
            new("Input.Name", ""), new("Input.PostalCode", "12345"), new("Input.Website", "http://insecure.example"),
            new("Input.City", "Utrecht <script>alert(1)</script>"), new("Input.ProfilePublished", "true"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        Assert.NotEmpty(document.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent.Trim());
        Assert.NotEmpty(document.QuerySelector("[data-valmsg-for='Input.PostalCode']")!.TextContent.Trim());
        Assert.NotEmpty(document.QuerySelector("[data-valmsg-for='Input.Website']")!.TextContent.Trim());
        Assert.NotEmpty(document.QuerySelector("[data-valmsg-for='Input.Description']")!.TextContent.Trim());
        Assert.NotEmpty(document.QuerySelector("[data-valmsg-for='Input.Type']")!.TextContent.Trim());
        Assert.Equal("Utrecht <script>alert(1)</script>", ((AngleSharp.Html.Dom.IHtmlInputElement)document.QuerySelector("#Input_City")!).Value);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Organisations.CountAsync(Ct)));
    }

    [Fact]
    public async Task Rejects_a_name_that_another_organisation_has_ignoring_case()
    {
        var existing = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var name = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == existing).Select(o => o.Name).SingleAsync(Ct));

        var ex = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(new OrganisationBuilder().Named(" " + name.ToUpperInvariant() + " ").Build(), Admin));

        Assert.Contains(OrganisationNames.AlreadyInUse, ex.Errors["Name"]);
    }

    [Fact]
    public async Task The_database_refuses_a_second_organisation_with_the_same_name_even_past_the_validator()
    {
        var name = "Dubbel " + Guid.NewGuid().ToString("N")[..8];
        await factory.WithDbAsync(async db =>
        {
            db.Organisations.Add(Organisation.Create(name, OrganisationType.Other, Regions.None, ContactDetails.Empty));
            await db.SaveChangesAsync(Ct);
        });

        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.Organisations.Add(Organisation.Create(name.ToLowerInvariant(), OrganisationType.Other, Regions.None, ContactDetails.Empty));
            await db.SaveChangesAsync(Ct);
        }));

        Assert.True(NrmPortal.Infrastructure.Persistence.UniqueViolation.Is(ex));
    }

    [Fact]
    public async Task Edits_organisation_and_ignores_an_over_posted_id()
    {
        var target = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var bystander = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var bystanderVersion = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == bystander).Select(o => o.Version).SingleAsync(Ct));
        var newName = "Hernoemd " + Guid.NewGuid().ToString("N")[..8];

        var response = await factory.ClientFor(Admin).SubmitAsync($"/Admin/Organisations/Edit/{target}", "#organisation-form",
            [new("Input.Name", newName), new("Input.Id", bystander.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(newName, await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == target).Select(o => o.Name).SingleAsync(Ct)));
        Assert.Equal(bystanderVersion, await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == bystander).Select(o => o.Version).SingleAsync(Ct)));
    }

    [Fact]
    public async Task An_edit_is_audited_with_the_names_of_exactly_the_fields_that_changed()
    {
        var id = await factory.SendAsync(new OrganisationBuilder().Build() with { SupportOffers = new() { [NeedCategory.Shelter] = "Bedden" } }, Admin);
        var loaded = (await factory.SendAsync(new GetOrganisation.Query(id), Admin))!.ToEditCommand();
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));

        await factory.SendAsync(loaded with { Phone = "020 123 4567", Languages = "Nederlands, Engels" }, Admin);

        Assert.Equal(auditBefore + 1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(Ct))); // the unchanged offer is not rewritten
        var update = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Organisation) && a.EntityId == id.ToString() && a.Action == AuditAction.Update).SingleAsync(Ct));
        var fields = update.ChangedFields!.Split(',').Except(["Version", "UpdatedAtUtc", "UpdatedBy"]).Order();
        Assert.Equal(["Contact.Phone", "Languages"], fields);
        Assert.DoesNotContain("4567", update.ChangedFields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivating_from_a_stale_page_shows_a_conflict_and_changes_nothing()
    {
        var id = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var client = factory.ClientFor(Admin);
        var stalePage = await client.GetDocumentAsync($"/Admin/Organisations/Details/{id}");
        var loaded = (await factory.SendAsync(new GetOrganisation.Query(id), Admin))!.ToEditCommand();
        await factory.SendAsync(loaded with { City = "Arnhem" }, Admin);

        var response = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)stalePage.QuerySelector("form[action*='handler=Deactivate']")!, []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).QuerySelectorAll(".validation-summary-errors li"));
        Assert.True(await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsActive).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Shows_a_conflict_and_keeps_the_other_change_when_the_record_changed_after_loading()
    {
        var id = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var client = factory.ClientFor(Admin);
        var staleForm = await client.GetDocumentAsync($"/Admin/Organisations/Edit/{id}");
        var model = await factory.SendAsync(new GetOrganisation.Query(id), Admin);
        await factory.SendAsync(model!.ToEditCommand() with { City = "Zwolle" }, Admin);

        var response = await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)staleForm.QuerySelector("#organisation-form")!,
            [new("Input.City", "Groningen")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        Assert.NotEmpty(document.QuerySelectorAll(".validation-summary-errors li"));
        Assert.Equal("Zwolle", await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Contact.City).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Concurrent_edits_from_the_same_version_let_exactly_one_win()
    {
        var id = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var loaded = (await factory.SendAsync(new GetOrganisation.Query(id), Admin))!.ToEditCommand();

        await factory.SendAsync(loaded with { City = "Eerste" }, Admin);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => factory.SendAsync(loaded with { City = "Tweede" }, Admin));

        Assert.Equal("Eerste", await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Contact.City).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Deactivates_and_reactivates_an_organisation()
    {
        var id = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var client = factory.ClientFor(Admin);

        var deactivate = await client.SubmitAsync($"/Admin/Organisations/Details/{id}", "form[action*='handler=Deactivate']", []);
        var inactive = await factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, Ct));
        var reactivate = await client.SubmitAsync($"/Admin/Organisations/Details/{id}", "form[action*='handler=Reactivate']", []);
        var active = await factory.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, Ct));

        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        Assert.False(inactive.IsActive);
        Assert.Equal(DateTimeKind.Utc, inactive.DeactivatedAtUtc!.Value.Kind);
        Assert.Equal(HttpStatusCode.Redirect, reactivate.StatusCode);
        Assert.True(active.IsActive);
        Assert.Null(active.DeactivatedAtUtc);
    }

    [Fact]
    public async Task Lists_with_search_type_filter_and_paging()
    {
        var marker = "Zoekterm" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 30; i++)
            await factory.SendAsync(new OrganisationBuilder().Named($"{marker} {i:00}").OfType(i % 3 == 0 ? OrganisationType.Municipality : OrganisationType.CareProvider).Build(), Admin);

        var firstPage = await factory.SendAsync(new ListOrganisations.Query { Search = marker.ToLowerInvariant() }, Admin);
        var municipalities = await factory.SendAsync(new ListOrganisations.Query { Search = marker, Type = OrganisationType.Municipality }, Admin);
        var lastPage = await factory.SendAsync(new ListOrganisations.Query { Search = marker, Page = 99 }, Admin);
        var wildcard = await factory.SendAsync(new ListOrganisations.Query { Search = "%" }, Admin);
        var page = await factory.ClientFor(Admin).GetDocumentAsync($"/Admin/Organisations?search={marker}&pageNumber=2");

        Assert.Equal(30, firstPage.TotalCount);
        Assert.Equal(25, firstPage.Items.Count);
        Assert.Equal($"{marker} 00", firstPage.Items[0].Name);
        Assert.Equal(10, municipalities.TotalCount);
        Assert.Equal(2, lastPage.PageNumber);
        Assert.Equal(5, lastPage.Items.Count);
        Assert.Equal(0, wildcard.TotalCount); // % is searched for literally
        Assert.Equal(5, page.QuerySelectorAll("#organisations-table tbody tr").Length);
    }

    [Fact]
    public async Task Refuses_organisation_commands_from_other_roles()
    {
        foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
        {
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new OrganisationBuilder().Build(), TestUser.InRole(role)));
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new ListOrganisations.Query(), TestUser.InRole(role)));
        }
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => factory.SendAsync(new OrganisationBuilder().Build(), null));
    }

    [Fact]
    public async Task Returns_404_for_an_unknown_organisation()
    {
        var response = await factory.ClientFor(Admin).GetAsync(new Uri($"/Admin/Organisations/Details/{Guid.NewGuid()}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
