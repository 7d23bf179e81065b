using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Identity/Account/Login.</summary>
public sealed class LoginPage(IPage page)
{
    public const string RelativeUrl = "/Identity/Account/Login";

    public ILocator Email => page.Locator("#Input_Email");
    public ILocator Password => page.Locator("#Input_Password");
    public ILocator Submit => page.Locator("#login-submit");
    public ILocator EmailError => page.Locator("#login-form [data-valmsg-for='Input.Email']");

    public async Task GotoAsync()
    {
        await page.GotoAsync(RelativeUrl);
        await Assertions.Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Submits the form as it is (e.g. empty, to see the field errors).</summary>
    public Task SubmitAsync() => Submit.ClickAsync();

    /// <summary>Signs in and waits until the browser has left the login page.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals(RelativeUrl, StringComparison.OrdinalIgnoreCase),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
