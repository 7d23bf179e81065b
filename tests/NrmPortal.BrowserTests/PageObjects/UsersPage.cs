using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Admin/Users: the list, the create form and the details page.</summary>
public sealed class UsersPage(IPage page)
{
    public const string RelativeUrl = "/Admin/Users";

    public ILocator CreateButton => page.Locator("#create-user");
    public ILocator Form => page.Locator("#user-form");
    public ILocator DisplayName => page.Locator("#Input_DisplayName");
    public ILocator Email => page.Locator("#Input_Email");
    public ILocator Organisation => page.Locator("#Input_OrganisationId");
    public ILocator InitialPassword => page.Locator("#Input_InitialPassword");
    public ILocator Submit => page.Locator("#user-submit");
    public ILocator DisplayNameError => page.Locator("#Input_DisplayName-error");
    public ILocator DetailsName => page.Locator("#user-name");
    public ILocator DetailsEmail => page.Locator("#user-email");

    public ILocator Role(string role) => page.Locator($"#Input_Role_{role}");

    public async Task GotoAsync()
    {
        await page.GotoAsync(RelativeUrl);
        await Assertions.Expect(CreateButton).ToBeVisibleAsync();
    }

    public async Task StartCreateAsync()
    {
        await CreateButton.ClickAsync();
        await Assertions.Expect(Form).ToBeVisibleAsync();
    }

    public async Task FillAsync(string displayName, string email, string organisationName, string role, string oneTimePassword)
    {
        await DisplayName.FillAsync(displayName);
        await Email.FillAsync(email);
        await Organisation.SelectOptionAsync(new SelectOptionValue { Label = organisationName });
        await Role(role).CheckAsync();
        await InitialPassword.FillAsync(oneTimePassword);
    }

    public Task SubmitAsync() => Submit.ClickAsync();
}
