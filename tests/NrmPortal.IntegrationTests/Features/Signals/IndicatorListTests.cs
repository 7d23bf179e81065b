using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Signals;

/// <summary>Publishing changes the list for new signals only; each test has a portal of its own (versions are global).</summary>
public sealed class IndicatorListTests
{
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_version_applies_to_new_signals_while_old_signals_keep_theirs()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        var careWorker = new TestUser(Guid.NewGuid(), Roles.CareWorker,
            await factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Build(), Admin));
        var before = await factory.SendAsync(SignalBuilder.Valid() with { IndicatorCodes = ["CC-01"] }, careWorker);

        var response = await factory.ClientFor(Admin).SubmitAsync("/Admin/IndicatorList", "#indicator-list-form",
        [
            new("Input.Indicators[0].Remove", "true"), // the first row of version 1 is CC-01
            new("Input.Indicators[40].Code", "CC-99"), new("Input.Indicators[40].Category", "CoercionAndControl"),
            new("Input.Indicators[40].TextEn", "Someone else answers every question for the person."),
            new("Input.Indicators[40].TextNl", "Iemand anders beantwoordt elke vraag voor de persoon."),
            new("Input.Indicators[40].PointsTo", "Sexual"), new("Input.Indicators[40].PointsTo", "Labour"),
        ]);
        var form = await factory.SendAsync(new GetSignalForm.Query(), careWorker);
        var afterRemoved = await Record.ExceptionAsync(() => factory.SendAsync(SignalBuilder.Valid() with { IndicatorCodes = ["CC-01"] }, careWorker));
        var after = await factory.SendAsync(SignalBuilder.Valid() with { IndicatorCodes = ["CC-99"] }, careWorker);
        var oldView = await factory.SendAsync(new GetSignal.Query(before.Id), careWorker);
        var newView = await factory.SendAsync(new GetSignal.Query(after.Id), careWorker);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, form.IndicatorListVersion);
        Assert.Equal(40, form.Indicators.Count); // 40 − CC-01 + CC-99
        Assert.IsType<RequestValidationException>(afterRemoved);
        Assert.Equal(1, oldView!.IndicatorListVersion);
        Assert.Equal("CC-01", Assert.Single(oldView.Indicators).Code);
        Assert.Equal(2, newView!.IndicatorListVersion);
        Assert.Equal(ExploitationForms.Sexual | ExploitationForms.Labour, Assert.Single(newView.Indicators).PointsTo);
        Assert.Equal(2, await factory.WithDbAsync(db => db.IndicatorListVersions.CountAsync(Ct)));
    }

    [Fact]
    public async Task Bad_rows_get_messages_the_typed_text_stays_and_nothing_is_published()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();

        var response = await factory.ClientFor(Admin).SubmitAsync("/Admin/IndicatorList", "#indicator-list-form",
        [
            new("Input.Indicators[1].Code", "CC-01"), // the same code as row 0
            new("Input.Indicators[40].Code", "bad"), new("Input.Indicators[40].TextEn", "Half a new indicator"),
            new("Input.HandlingInstructionNl", ""),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.TextOf("#Input_Indicators_40_error")));
        Assert.False(string.IsNullOrWhiteSpace(page.TextOf("#HandlingInstructionNl-error")));
        Assert.Contains("Elke code mag maar één keer voorkomen.", page.TextOf("#validation-summary"), StringComparison.Ordinal); // Dutch is the default
        Assert.Equal("Half a new indicator", page.QuerySelector("#Input_Indicators_40_TextEn")!.TextContent);
        Assert.Equal(1, await factory.WithDbAsync(db => db.IndicatorListVersions.CountAsync(Ct)));
    }

    [Fact]
    public async Task Only_administrators_publish()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();

        foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
            await Assert.ThrowsAsync<ForbiddenAccessException>(() => factory.SendAsync(new PublishIndicatorList.Command(), TestUser.InRole(role)));
    }
}
