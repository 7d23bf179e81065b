using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>
/// The idle timeout warning (WCAG 2.2.1) with the browser's clock under Playwright's control: two minutes before the
/// 15-minute idle time-out an accessible dialog takes the focus; "Stay signed in" extends the session; when the time is up
/// the browser goes to the login page, which says why.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class IdleTimeoutJourneyTests(PortalServerFixture portal)
{
    [Fact]
    public async Task Two_minutes_before_the_idle_time_out_a_dialog_offers_to_stay_signed_in_and_afterwards_the_login_page_says_why()
    {
        PortalServerFixture.RequireChromium();
        await using var context = await portal.NewContextAsync();
        await context.Clock.InstallAsync();
        var page = await context.NewPageAsync();
        var account = DatabaseInitialiser.DemoAccounts.First(a => a.Role == Roles.Police);
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(account.Email, PortalServerFixture.DemoPassword);
        var dialog = page.Locator("#idle-warning");
        await Expect(dialog).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("12:00");
        await Expect(dialog).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("01:10");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToHaveAttributeAsync("role", "alertdialog");
        await Expect(page.Locator("#idle-warning-text")).ToContainTextAsync("2 minuten");
        await Expect(page.Locator("#idle-stay")).ToBeFocusedAsync();
        await Accessibility.AssertNoViolationsAsync(page, "the timeout warning");

        var extend = page.WaitForResponseAsync(r => r.Url.EndsWith("/Session/Extend", StringComparison.Ordinal));
        await page.Locator("#idle-stay").ClickAsync();
        Assert.Equal(204, (await extend).Status);
        await Expect(dialog).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("13:10");
        await Expect(dialog).ToBeVisibleAsync(); // counted again from the extension
        await page.Clock.FastForwardAsync("02:00");
        await page.WaitForURLAsync(url => url.Contains("reason=idle", StringComparison.Ordinal));
        await Expect(page.Locator("#idle-signed-out")).ToBeVisibleAsync();
    }
}
