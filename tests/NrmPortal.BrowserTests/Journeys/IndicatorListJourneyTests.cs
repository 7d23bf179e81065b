using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>The administrators' indicator-list page is reachable from the menu and accessible, also with field errors.</summary>
[Collection(PortalCollection.Name)]
public sealed class IndicatorListJourneyTests(PortalServerFixture portal)
{
    [Fact]
    public async Task Administrator_opens_the_indicator_list_and_sees_errors_next_to_a_half_filled_new_indicator()
    {
        PortalServerFixture.RequireChromium();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(DatabaseInitialiser.DemoAccounts.First(a => a.Role == Roles.Administrator).Email, PortalServerFixture.DemoPassword);

        await page.Locator("#nav-indicator-list").ClickAsync();
        await Expect(page.Locator("#indicator-list-form")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "indicator list");

        var spare = page.Locator("#indicator-list-form fieldset").Last; // the spare rows for new indicators come last
        await spare.Locator("input[name$='.Code']").FillAsync("not a code");
        await page.Locator("#publish-indicator-list").ClickAsync();

        await Expect(page.Locator("#validation-summary li").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "indicator list (errors)");
    }
}
