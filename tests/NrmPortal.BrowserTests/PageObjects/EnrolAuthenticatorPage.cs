using Microsoft.Playwright;
using NrmPortal.BrowserTests.Fixtures;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Identity/Account/EnrolAuthenticator: the forced set-up of an authenticator app.</summary>
public sealed class EnrolAuthenticatorPage(IPage page)
{
    public const string RelativeUrl = "/Identity/Account/EnrolAuthenticator";

    public ILocator QrCode => page.Locator("#qr-code");
    public ILocator SharedKey => page.Locator("#shared-key");
    public ILocator Code => page.Locator("#Input_Code");
    public ILocator Submit => page.Locator("#enrol-submit");
    public ILocator CodeError => page.Locator("#Input_Code-error");
    public ILocator RecoveryCodes => page.Locator("#recovery-codes li");
    public ILocator Continue => page.Locator("#continue");

    public Task WaitUntilShownAsync() => Assertions.Expect(Submit).ToBeVisibleAsync();

    /// <summary>The key as the page shows it, without the spaces between the groups.</summary>
    public async Task<string> ReadKeyAsync() => (await SharedKey.InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).Trim();

    /// <summary>Enters a code as the app would compute it from the key on the page; returns the key.</summary>
    public async Task<string> EnrolAsync(string email)
    {
        var key = await ReadKeyAsync();
        await Code.FillAsync(await Authenticator.NextCodeAsync(email, key));
        await Submit.ClickAsync();
        await Assertions.Expect(RecoveryCodes).ToHaveCountAsync(10);
        return key;
    }
}
