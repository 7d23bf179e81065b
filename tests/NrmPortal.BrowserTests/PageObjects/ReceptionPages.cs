using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Coa: COA's list of the people entitled to reception and an allowance (entitlement ended first).</summary>
public sealed class ReceptionListPage(IPage page)
{
    public const string RelativeUrl = "/Coa";

    public ILocator Heading => page.Locator("main h1");
    public ILocator Table => page.Locator("#reception-table");
    public ILocator NoPeople => page.Locator("#no-people");

    /// <summary>A person's row, by their id; carries data-ended ("true" when the entitlement has ended).</summary>
    public ILocator Row(Guid victimId) => Table.Locator($"tbody tr[data-victim='{victimId}']");

    /// <summary>The basis of a person's entitlement; carries data-basis (EntitlementBasis value, e.g. "ReflectionPeriod").</summary>
    public ILocator Basis(Guid victimId) => Row(victimId).Locator("[data-basis]");

    /// <summary>The "Allowance" cell of a person's row.</summary>
    public ILocator Allowance(Guid victimId) => Row(victimId).Locator("td").Nth(5);

    /// <summary>The link to a person's reception page, by their registration number.</summary>
    public ILocator Link(Guid victimId, string registrationNumber) =>
        Row(victimId).GetByRole(AriaRole.Link, new() { Name = registrationNumber, Exact = true });

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(RelativeUrl) + "$"));
        await Assertions.Expect(Heading).ToBeVisibleAsync();
    }
}

/// <summary>/Coa/Reception/{victimId}: one entitled person, with the forms to start, change and end the allowance.</summary>
public sealed class ReceptionPage(IPage page)
{
    public ILocator Title => page.Locator("#reception-title");
    public ILocator StatusMessage => page.Locator("#status-message");
    public ILocator ValidationSummary => page.Locator("#validation-summary");
    public ILocator Person => page.Locator("#reception-person");

    /// <summary>The entitlement; its basis carries data-basis (e.g. "ReflectionPeriod").</summary>
    public ILocator Entitlement => page.Locator("#entitlement");

    public ILocator Basis => Entitlement.Locator("[data-basis]");
    public ILocator EntitlementEnded => page.Locator("#entitlement-ended");

    /// <summary>The allowance on record: its dates and whether health costs are covered.</summary>
    public ILocator Allowance => page.Locator("#allowance");

    public ILocator StartForm => page.Locator("#start-form");
    public ILocator StartFrom => page.Locator("#Start_From");
    public ILocator StartUntil => page.Locator("#Start_Until");
    public ILocator StartHealthCostCover => page.Locator("#Start_HealthCostCover");
    public ILocator StartSubmit => page.Locator("#start-submit");

    /// <summary>The error message next to a field of the start form, by property name (e.g. "From").</summary>
    public ILocator StartError(string field) => StartForm.Locator($"span[data-valmsg-for='Start.{field}']");

    public ILocator ChangeForm => page.Locator("#change-form");
    public ILocator EndForm => page.Locator("#end-form");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Coa/Reception/[0-9a-fA-F-]{36}$"));
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Entitlement).ToBeVisibleAsync();
    }

    /// <summary>Starts the allowance from a day, without an end date.</summary>
    public async Task StartAsync(DateOnly from, bool healthCostCover)
    {
        await StartFrom.FillAsync(TrackDetailsPage.DateValue(from));
        await StartHealthCostCover.SetCheckedAsync(healthCostCover);
        await StartSubmit.ClickAsync();
    }
}
