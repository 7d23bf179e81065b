using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/CoMensha/Inbox: every signal reported to CoMensha, with filters in the query string and next-page links.</summary>
public sealed class InboxPage(IPage page)
{
    public const string RelativeUrl = "/CoMensha/Inbox";

    public ILocator FilterForm => page.Locator("#inbox-filter");
    public ILocator Status => page.Locator("#status");
    public ILocator ReporterType => page.Locator("#reporterType");
    public ILocator Form => page.Locator("#form");
    public ILocator Region => page.Locator("#region");

    /// <summary>"true", "false" or "" (all).</summary>
    public ILocator Minor => page.Locator("#minor");

    /// <summary>"Dutch", "Eu", "OutsideEu", "Unknown" or "" (all).</summary>
    public ILocator NationalityGroup => page.Locator("#nationalityGroup");

    public ILocator From => page.Locator("#from");
    public ILocator To => page.Locator("#to");
    public ILocator OldestFirst => page.Locator("#oldestFirst");
    public ILocator FilterSubmit => page.Locator("#inbox-filter-submit");
    public ILocator Table => page.Locator("#inbox-table");
    public ILocator Empty => page.Locator("#inbox-empty");
    public ILocator NextPage => page.Locator("#inbox-next");
    public ILocator FirstPage => page.Locator("#inbox-first");

    /// <summary>The link to a signal's details page in the first column, by its reference.</summary>
    public ILocator SignalLink(string reference) => Table.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true });

    public async Task GotoAsync()
    {
        await page.GotoAsync(RelativeUrl);
        await WaitUntilShownAsync();
    }

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(FilterForm).ToBeVisibleAsync();
        await Assertions.Expect(FilterSubmit).ToBeVisibleAsync();
    }

    /// <summary>Submits the filter form (a GET: the filters end up in the address).</summary>
    public Task FilterAsync() => FilterSubmit.ClickAsync();
}
