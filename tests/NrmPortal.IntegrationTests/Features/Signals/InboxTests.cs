using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Signals;

[Collection(PortalCollection.Name)]
public sealed class InboxTests(PortalFactory factory)
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);

    [Fact]
    public async Task The_inbox_filters_and_pages_through_every_signal_without_gaps_or_repeats()
    {
        var labourInspectorate = await factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.LabourInspectorate).Build(), Admin);
        var inspector = new TestUser(Guid.NewGuid(), Roles.Police, labourInspectorate);
        var coordinator = TestUser.InRole(Roles.CoMenshaCoordinator);
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
            ids.Add((await factory.SendAsync(SignalBuilder.Valid() with { ConsentToRegistration = null, Region = Regions.Limburg,
                ExploitationForms = [ExploitationForms.Labour, ExploitationForms.Criminal], NationalityCode = i % 2 == 0 ? "PL" : "SY" }, inspector)).Id);

        var filter = new ListInbox.Query { ReporterType = OrganisationType.LabourInspectorate, Region = Regions.Limburg, Form = ExploitationForms.Labour, PageSize = 3 };
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await factory.SendAsync(filter with { After = cursor }, coordinator);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 20);
        var eu = await factory.SendAsync(filter with { NationalityGroup = NationalityGroup.Eu, PageSize = 100 }, coordinator);
        var oldestFirst = await factory.SendAsync(filter with { OldestFirst = true, PageSize = 100 }, coordinator);

        Assert.True(seen.Count >= 7);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), ids.ToHashSet());
        Assert.Equal(ids.AsEnumerable().Reverse().ToList(), seen.Where(ids.Contains).ToList()); // newest first
        Assert.Equal(4, eu.Items.Count(i => ids.Contains(i.Id)));
        Assert.Equal(ids, oldestFirst.Items.Select(i => i.Id).Where(ids.Contains).ToList());
    }

    [Fact]
    public async Task The_inbox_page_shows_filtered_signals_and_a_next_page_link_that_keeps_the_filters()
    {
        var careWorker = new TestUser(Guid.NewGuid(), Roles.CareWorker,
            await factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.YouthCare).Build(), Admin));
        for (var i = 0; i < 51; i++)
            await factory.SendAsync(SignalBuilder.Valid() with { Region = Regions.ZeelandWestBrabant, ExploitationForms = [ExploitationForms.ForcedMarriage] }, careWorker);
        var client = factory.ClientFor(TestUser.InRole(Roles.CoMenshaCoordinator));

        var first = await client.GetDocumentAsync("/CoMensha/Inbox?reporterType=YouthCare&region=ZeelandWestBrabant&form=ForcedMarriage");
        var next = first.QuerySelector("#inbox-next")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Assert.Equal(50, first.QuerySelectorAll("#inbox-table tbody tr").Length);
        Assert.Contains("region=ZeelandWestBrabant", next, StringComparison.Ordinal);
        Assert.Contains("after=", next, StringComparison.Ordinal);
        Assert.True(second.QuerySelectorAll("#inbox-table tbody tr").Length >= 1);
        Assert.NotNull(second.QuerySelector("#inbox-first"));
    }

    [Fact]
    public async Task Only_CoMensha_has_the_inbox()
    {
        foreach (var role in Roles.All.Where(r => r != Roles.CoMenshaCoordinator))
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new ListInbox.Query(), TestUser.InRole(role)));
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("-1_00000000000000000000000000000000")]
    [InlineData("99999999999999999999_x")]
    public async Task A_broken_cursor_starts_at_the_beginning_instead_of_failing(string cursor)
    {
        var page = await factory.SendAsync(new ListInbox.Query { After = cursor, PageSize = 1 }, TestUser.InRole(Roles.CoMenshaCoordinator));

        Assert.NotNull(page);
    }
}
