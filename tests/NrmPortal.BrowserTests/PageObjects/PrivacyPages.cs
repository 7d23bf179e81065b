using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Privacy/Index: the access log's start page, with the links to the views and "Verify the log".</summary>
public sealed class AccessLogPage(IPage page)
{
    public const string RelativeUrl = "/Privacy/Index";

    public ILocator Links => page.Locator("#privacy-links");
    public ILocator VictimLogLink => page.Locator("#link-victim-log");
    public ILocator EmployeeLogLink => page.Locator("#link-employee-log");
    public ILocator BreakGlassLink => page.Locator("#link-break-glass");
    public ILocator Verify => page.Locator("#verify-button");

    /// <summary>The outcome of the check; data-ok is "true" when the chain is intact.</summary>
    public ILocator VerifyResult => page.Locator("#verify-result");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Links).ToBeVisibleAsync();
        await Assertions.Expect(Verify).ToBeVisibleAsync();
    }
}

/// <summary>/Privacy/Victim and /Privacy/Employee: the log of one person or one user, with the period filter.</summary>
public sealed class LogViewPage(IPage page, string parameter)
{
    public const string VictimUrl = "/Privacy/Victim";
    public const string EmployeeUrl = "/Privacy/Employee";

    /// <summary>The log per victim (by registration number or signal reference).</summary>
    public static LogViewPage Victim(IPage page) => new(page, "reference");

    /// <summary>The log per employee (by e-mail address).</summary>
    public static LogViewPage Employee(IPage page) => new(page, "email");

    public ILocator Filter => page.Locator("#log-filter");
    public ILocator Value => page.Locator("#" + parameter);
    public ILocator Show => page.Locator("#log-find");
    public ILocator Table => page.Locator("#log-table");
    public ILocator Rows => Table.Locator("tbody tr");
    public ILocator NotFound => page.Locator("#not-found");
    public ILocator ExportCsv => page.Locator("#export-csv");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Filter).ToBeVisibleAsync();
        await Assertions.Expect(Show).ToBeVisibleAsync();
    }

    /// <summary>Shows the log of a reference or e-mail address and waits until the address carries it.</summary>
    public async Task ShowAsync(string value)
    {
        await Value.FillAsync(value);
        await Show.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains(parameter + "=" + Uri.EscapeDataString(value), StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>/Privacy/BreakGlass: the review queue of emergency access, one card per grant.</summary>
public sealed class BreakGlassReviewPage(IPage page)
{
    public const string RelativeUrl = "/Privacy/BreakGlass";

    public ILocator Heading => page.Locator("main h1");
    public ILocator Grants => page.Locator("section[data-grant]");
    public ILocator NoGrants => page.Locator("#no-grants");
    public ILocator ShowReviewed => page.Locator("#show-reviewed");
    public ILocator ShowOpen => page.Locator("#show-open");
    public ILocator ValidationSummary => page.Locator("#validation-summary");

    /// <summary>The card of the grant with this reason (reasons are unique per test).</summary>
    public ILocator Grant(string reason) => Grants.Filter(new() { Has = page.Locator(".grant-reason", new() { HasText = reason }) });

    public ILocator Justified(string reason) => Grant(reason).Locator("input[name='Review.Justified'][value='true']");
    public ILocator NotJustified(string reason) => Grant(reason).Locator("input[name='Review.Justified'][value='false']");
    public ILocator Comment(string reason) => Grant(reason).Locator("input[name='Review.Comment']");
    public ILocator RecordReview(string reason) => Grant(reason).Locator(".review-form button[type='submit']");
    public ILocator Verdict(string reason) => Grant(reason).Locator(".grant-verdict");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Heading).ToBeVisibleAsync();
        await Assertions.Expect(ShowReviewed.Or(ShowOpen)).ToBeVisibleAsync();
    }
}

/// <summary>/Privacy/Retention: the retention periods, the night run, finding a record and the records under a legal hold.</summary>
public sealed class RetentionPage(IPage page)
{
    public const string RelativeUrl = "/Privacy/Retention";

    public ILocator Title => page.Locator("#retention-title");
    public ILocator Periods => page.Locator("#retention-periods");
    public ILocator FindReference => page.Locator("#Find_Reference");
    public ILocator FindSubmit => page.Locator("#find-submit");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Periods).ToBeVisibleAsync();
    }
}

/// <summary>/Privacy/Hold/{id}: one record's retention and its legal hold.</summary>
public sealed class HoldPage(IPage page)
{
    public ILocator Title => page.Locator("#hold-title");
    public ILocator LegalHold => page.Locator("#legal-hold");
    public ILocator HoldForm => page.Locator("#hold-form");
}

/// <summary>/Privacy/Requests: the erasure requests and the form to file one; /Privacy/Request/{id}: one request.</summary>
public sealed class ErasureRequestsPage(IPage page)
{
    public const string RelativeUrl = "/Privacy/Requests";

    public ILocator Title => page.Locator("#requests-title");
    public ILocator Form => page.Locator("#request-form");
    public ILocator RegistrationNumber => page.Locator("#Input_RegistrationNumber");
    public ILocator Ground => page.Locator("#Input_Ground");
    public ILocator Reason => page.Locator("#Input_Reason");
    public ILocator Submit => page.Locator("#request-submit");

    /// <summary>The message next to a field, by property name ("RegistrationNumber", "Ground", "Reason").</summary>
    public ILocator Error(string field) => Form.Locator($"[data-valmsg-for='Input.{field}']");

    // The request's own page.
    public ILocator RequestTitle => page.Locator("#request-title");
    public ILocator RequestStatus => page.Locator("#request-status");

    /// <summary>"You filed this request yourself": shown instead of the decision buttons.</summary>
    public ILocator FourEyes => page.Locator("#four-eyes");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Submit).ToBeVisibleAsync();
    }
}

/// <summary>/Privacy/Subject: a data-subject access request, the search and the export of one person.</summary>
public sealed class SubjectAccessPage(IPage page)
{
    public const string RelativeUrl = "/Privacy/Subject";

    public ILocator Title => page.Locator("#subject-title");
    public ILocator Reference => page.Locator("#Find_Reference");
    public ILocator Find => page.Locator("#subject-submit");
    public ILocator File => page.Locator("#subject-file");
    public ILocator Names => page.Locator("#subject-names");
    public ILocator Log => page.Locator("#subject-log");
    public ILocator DownloadJson => page.Locator("#download-json");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Find).ToBeVisibleAsync();
    }
}
