using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Identity/Account/ChangePassword: the forced password change at first sign-in.</summary>
public sealed class ChangePasswordPage(IPage page)
{
    public const string RelativeUrl = "/Identity/Account/ChangePassword";

    public ILocator OldPassword => page.Locator("#Input_OldPassword");
    public ILocator NewPassword => page.Locator("#Input_NewPassword");
    public ILocator ConfirmPassword => page.Locator("#Input_ConfirmPassword");
    public ILocator Submit => page.Locator("#change-password-submit");
    public ILocator Errors => page.Locator("#change-password-form .validation-summary-errors");

    public Task WaitUntilShownAsync() => Assertions.Expect(Submit).ToBeVisibleAsync();

    public async Task ChangeAsync(string oldPassword, string newPassword, string confirmPassword)
    {
        await OldPassword.FillAsync(oldPassword);
        await NewPassword.FillAsync(newPassword);
        await ConfirmPassword.FillAsync(confirmPassword);
        await Submit.ClickAsync();
    }
}
