using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Identity/Account/Login, and the second step /Identity/Account/LoginWith2fa.</summary>
public sealed class LoginPage(IPage page)
{
    public const string RelativeUrl = "/Identity/Account/Login";
    public const string SecondStepUrl = "/Identity/Account/LoginWith2fa";

    public ILocator Email => page.Locator("#Input_Email");
    public ILocator Password => page.Locator("#Input_Password");
    public ILocator Submit => page.Locator("#login-submit");
    public ILocator EmailError => page.Locator("#login-form [data-valmsg-for='Input.Email']");
    public ILocator TwoFactorCode => page.Locator("#Input_TwoFactorCode");
    public ILocator TwoFactorSubmit => page.Locator("#two-factor-submit");

    public async Task GotoAsync()
    {
        await page.GotoAsync(RelativeUrl);
        await Assertions.Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Submits the form as it is (e.g. empty, to see the field errors).</summary>
    public Task SubmitAsync() => Submit.ClickAsync();

    /// <summary>
    /// Signs in and waits until the browser has left the login page. When the portal asks for the second step, enters a
    /// code computed from <paramref name="authenticatorKey"/> (the seeded demo users' key by default).
    /// </summary>
    public async Task SignInAsync(string email, string password, string authenticatorKey = PortalServerFixture.DemoAuthenticatorKey)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals(RelativeUrl, StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        if (!new Uri(page.Url).AbsolutePath.Equals(SecondStepUrl, StringComparison.OrdinalIgnoreCase)) return;

        await TwoFactorCode.FillAsync(await Authenticator.NextCodeAsync(email, authenticatorKey));
        await TwoFactorSubmit.ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals(SecondStepUrl, StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
