using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Admin/Organisations: the list, the create form and the details page.</summary>
public sealed class OrganisationsPage(IPage page)
{
    public const string RelativeUrl = "/Admin/Organisations";

    public ILocator CreateButton => page.Locator("#create-organisation");
    public ILocator Form => page.Locator("#organisation-form");
    public ILocator Name => page.Locator("#Input_Name");
    public ILocator Type => page.Locator("#Input_Type");
    public ILocator Submit => page.Locator("#organisation-submit");
    public ILocator NameError => page.Locator("#organisation-form [data-valmsg-for='Input.Name']");
    public ILocator DetailsName => page.Locator("#organisation-name");

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

    public async Task FillAsync(string name, string type)
    {
        await Name.FillAsync(name);
        await Type.SelectOptionAsync(type);
    }

    public Task SubmitAsync() => Submit.ClickAsync();
}
