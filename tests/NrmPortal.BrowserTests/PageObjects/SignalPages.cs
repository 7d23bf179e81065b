using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Signals/Register: the form to report a possible victim to CoMensha.</summary>
public sealed class SignalRegisterPage(IPage page)
{
    public const string RelativeUrl = "/Signals/Register";

    public ILocator Form => page.Locator("#signal-form");
    public ILocator DangerYes => page.Locator("#danger-yes");
    public ILocator DangerNo => page.Locator("#danger-no");
    public ILocator Context => page.Locator("#Input_Context");
    public ILocator Region => page.Locator("#Input_Region");
    public ILocator Name => page.Locator("#Input_Name");
    public ILocator Alias => page.Locator("#Input_Alias");

    /// <summary>The person's sex, by Sex value (e.g. "Female").</summary>
    public ILocator Sex => page.Locator("#Input_Sex");

    public ILocator DateOfBirth => page.Locator("#Input_DateOfBirth");
    public ILocator Nationality => page.Locator("#Input_NationalityCode");
    public ILocator ConsentYes => page.Locator("#consent-yes");
    public ILocator ConsentNo => page.Locator("#consent-no");
    public ILocator Account => page.Locator("#Input_Account");
    public ILocator Submit => page.Locator("#signal-submit");

    /// <summary>The error message next to a field, by property name (e.g. "Context", "IndicatorCodes", "DateOfBirth").</summary>
    public ILocator Error(string field) => page.Locator($"#{field}-error");

    public ILocator Indicator(string code) => page.Locator($"#indicator-{code}");
    public ILocator ExploitationForm(string form) => page.Locator($"#form-{form}");

    /// <summary>The guardian question: "true", "false" or "unknown".</summary>
    public ILocator Guardian(string answer) => page.Locator($"#guardian-{answer}");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Form).ToBeVisibleAsync();
        await Assertions.Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Submits the form as it is (e.g. empty, to see the field errors).</summary>
    public Task SubmitAsync() => Submit.ClickAsync();
}

/// <summary>/Signals/Details/{id}: the reference, the handling instruction and what was reported.</summary>
public sealed class SignalDetailsPage(IPage page)
{
    public ILocator Reference => page.Locator("#signal-reference");
    public ILocator Status => page.Locator("#signal-status");

    /// <summary>The "Triage this signal" button, shown to CoMensha coordinators while the signal is new.</summary>
    public ILocator TriageSignal => page.Locator("#triage-signal");

    /// <summary>The "Reflection and residence" button, shown to police: opens (or starts) the person's track.</summary>
    public ILocator StartTrack => page.Locator("#start-track");

    public ILocator StatusMessage => page.Locator("#status-message");
    public ILocator HandlingSteps => page.Locator("#handling-steps li[data-step]");
    public ILocator Account => page.Locator("#signal-account");

    /// <summary>The handling steps in the order shown, as their data-step values.</summary>
    public async Task<IReadOnlyList<string>> HandlingStepValuesAsync()
    {
        var values = new List<string>();
        foreach (var step in await HandlingSteps.AllAsync())
            values.Add(await step.GetAttributeAsync("data-step") ?? "");
        return values;
    }
}

/// <summary>/Signals: the signals of the user's own organisation.</summary>
public sealed class SignalListPage(IPage page)
{
    public const string RelativeUrl = "/Signals";

    public ILocator Table => page.Locator("#signals-table");
    public ILocator ReportSignal => page.Locator("#report-signal");

    public async Task GotoAsync()
    {
        await page.GotoAsync(RelativeUrl);
        await Assertions.Expect(ReportSignal).ToBeVisibleAsync();
    }
}
