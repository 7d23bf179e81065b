using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>The parts of _Layout shown on every page: navigation, current user, language switch and sign-out.</summary>
public sealed class PortalLayout(IPage page)
{
    public ILocator Html => page.Locator("html");
    public ILocator CurrentUser => page.Locator("#current-user");
    public ILocator NavOrganisations => page.Locator("#nav-organisations");
    public ILocator NavUsers => page.Locator("#nav-users");
    public ILocator NavInbox => page.Locator("#nav-inbox");
    public ILocator NavDeadlines => page.Locator("#nav-deadlines");
    public ILocator NavTracks => page.Locator("#nav-tracks");
    public ILocator NavOccupancy => page.Locator("#nav-occupancy");
    public ILocator NavShelter => page.Locator("#nav-shelter");
    public ILocator NavReferrals => page.Locator("#nav-referrals");
    public ILocator NavReception => page.Locator("#nav-reception");
    public ILocator NavSignals => page.Locator("#nav-signals");
    public ILocator NavReportSignal => page.Locator("#nav-report-signal");
    public ILocator LanguageSwitch => page.Locator("#language-switch");
    public ILocator Logout => page.Locator("#logout");

    public async Task SwitchLanguageAsync(string expectedLanguage)
    {
        await LanguageSwitch.ClickAsync();
        await Assertions.Expect(Html).ToHaveAttributeAsync("lang", expectedLanguage);
    }

    /// <summary>The "sign in again" link on the confirmation shown after signing out.</summary>
    public ILocator SignInAgain => page.Locator("main a[href='/Identity/Account/Login']");

    /// <summary>Signs out and waits for the confirmation page (no user in the header any more).</summary>
    public async Task SignOutAsync()
    {
        await Logout.ClickAsync();
        await Assertions.Expect(SignInAgain).ToBeVisibleAsync();
        await Assertions.Expect(CurrentUser).ToHaveCountAsync(0);
    }
}
