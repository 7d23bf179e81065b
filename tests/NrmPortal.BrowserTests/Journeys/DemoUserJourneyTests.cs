using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>Every seeded demo user (one per role) signs in, sees the home page of their role and can switch language.</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoUserJourneyTests(PortalServerFixture portal)
{
    public static TheoryData<string, string> DemoAccounts =>
        new(DatabaseInitialiser.DemoAccounts.Select(a => (a.Email, a.Role)));

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Demo_user_signs_in_sees_own_home_page_and_switches_language(string email, string role)
    {
        PortalServerFixture.RequireChromium();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var layout = new PortalLayout(page);

        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(email, PortalServerFixture.DemoPassword);

        var home = page.Locator(role == Roles.Administrator ? "#home-admin" : "#home-role-" + role);
        await Expect(home).ToBeVisibleAsync();
        await Expect(layout.CurrentUser).ToHaveTextAsync(DatabaseInitialiser.DemoAccounts.Single(a => a.Email == email).DisplayName);
        if (role == Roles.Administrator)
        {
            await Expect(layout.NavOrganisations).ToBeVisibleAsync();
            await Expect(layout.NavUsers).ToBeVisibleAsync();
        }
        else
        {
            await Expect(layout.NavOrganisations).ToHaveCountAsync(0);
            await Expect(layout.NavUsers).ToHaveCountAsync(0);
        }
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "nl");
        await Accessibility.AssertNoViolationsAsync(page, $"home of {email} (Dutch)");

        await layout.SwitchLanguageAsync("en");
        await Expect(home).ToBeVisibleAsync();
        await Expect(layout.LanguageSwitch).ToHaveTextAsync("Nederlands");
        await Accessibility.AssertNoViolationsAsync(page, $"home of {email} (English)");

        await layout.SwitchLanguageAsync("nl");
        await Expect(layout.LanguageSwitch).ToHaveTextAsync("English");
    }
}
