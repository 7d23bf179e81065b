using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.SqlServerTests;

/// <summary>The organisation slice and the migrations against the production provider.</summary>
[Collection(SqlServerCollection.Name)]
public sealed class OrganisationSliceOnSqlServerTests(SqlServerPortalFactory factory)
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);

    [Fact]
    public async Task Applies_every_SQL_Server_migration_and_the_model_has_no_pending_changes()
    {
        factory.SkipWithoutDocker();

        var (pending, changes) = await factory.WithDbAsync(async db =>
            ((await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ToList(), db.Database.HasPendingModelChanges()));

        Assert.Empty(pending);
        Assert.False(changes);
    }

    [Fact]
    public async Task Creates_edits_searches_and_deactivates_an_organisation()
    {
        factory.SkipWithoutDocker();
        var marker = "SqlSrv" + Guid.NewGuid().ToString("N")[..6];

        var id = await factory.SendAsync(new OrganisationBuilder().Named(marker + " 50%_korting").OfType(OrganisationType.Nidos).Build(), Admin);
        var loaded = (await factory.SendAsync(new GetOrganisation.Query(id), Admin))!.ToEditCommand();
        await factory.SendAsync(loaded with { City = "Utrecht", SupportOffers = new() { [NeedCategory.LegalHelp] = "Voogdij" } }, Admin);
        var stale = Assert.ThrowsAsync<ConcurrencyConflictException>(() => factory.SendAsync(loaded with { City = "Zwolle" }, Admin));
        var literal = await factory.SendAsync(new ListOrganisations.Query { Search = marker + " 50%_" }, Admin);
        var wildcard = await factory.SendAsync(new ListOrganisations.Query { Search = marker + " 5_%" }, Admin);
        var current = (await factory.SendAsync(new GetOrganisation.Query(id), Admin))!;
        await factory.SendAsync(new SetOrganisationActive.Command(id, current.Version, Active: false), Admin);

        await stale;
        Assert.Equal(1, literal.TotalCount);
        Assert.Equal(0, wildcard.TotalCount);
        Assert.Equal("Utrecht", current.Contact.City);
        Assert.Equal("Voogdij", Assert.Single(current.SupportOffers).Description);
        Assert.False(await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsActive).SingleAsync(TestContext.Current.CancellationToken)));
    }
}
