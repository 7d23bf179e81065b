using System.Globalization;
using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>
/// /Tracks/Details/{id}: one person's reflection and B8.3 residence track, with its states, deadlines, timeline and a form
/// for each step the role may record now.
/// </summary>
public sealed class TrackDetailsPage(IPage page)
{
    public ILocator Title => page.Locator("#track-title");
    public ILocator StatusMessage => page.Locator("#status-message");
    public ILocator ValidationSummary => page.Locator("#validation-summary");

    /// <summary>"Emergency access (break-the-glass): read-only", shown while the user sees the track under a grant.</summary>
    public ILocator BreakGlassNotice => page.Locator("#break-glass-notice");

    /// <summary>The three states; each carries its enum value in data-state (e.g. "Running", "TemporaryPermit").</summary>
    public ILocator ReflectionState => page.Locator("#reflection-state");
    public ILocator CaseState => page.Locator("#case-state");
    public ILocator ResidenceState => page.Locator("#residence-state");

    /// <summary>The track's running deadlines of one kind, e.g. "ReflectionPeriodEnding".</summary>
    public ILocator Deadlines(string kind) => page.Locator($"#track-deadlines li[data-kind='{kind}']");
    public ILocator Timeline => page.Locator("ol#timeline");

    /// <summary>Timeline items of one kind, e.g. "ReflectionStarted", "CooperationRecorded", "PermitWithdrawn".</summary>
    public ILocator TimelineEvents(string kind) => Timeline.Locator($"li.timeline-event[data-kind='{kind}']");

    // Police: the offer of a reflection period.
    public ILocator OfferForm => page.Locator("#offer-form");
    public ILocator OfferedOn => page.Locator("#Offer_OfferedOn");
    public ILocator OfferUnit => page.Locator("#Offer_Unit");
    public ILocator OfferOfficer => page.Locator("#Offer_Officer");

    /// <summary>The person's answer: "Accepted" or "Declined".</summary>
    public ILocator OfferDecision(string decision) => page.Locator($"#offer-decision-{decision}");

    public ILocator OfferSubmit => page.Locator("#offer-submit");

    public ILocator EndEarlyForm => page.Locator("#end-early-form");

    // Police: the report and the decisions on the criminal case.
    public ILocator CooperationForm => page.Locator("#cooperation-form");
    public ILocator CooperationKind => page.Locator("#Cooperation_Kind");
    public ILocator CooperationOn => page.Locator("#Cooperation_On");
    public ILocator CooperationUnit => page.Locator("#Cooperation_Unit");
    public ILocator CooperationCaseNumber => page.Locator("#Cooperation_CaseNumber");
    public ILocator CooperationSubmit => page.Locator("#cooperation-submit");

    public ILocator ProsecutionForm => page.Locator("#prosecution-form");
    public ILocator ProsecutionKind => page.Locator("#Prosecution_Kind");
    public ILocator ProsecutionOn => page.Locator("#Prosecution_On");
    public ILocator ProsecutionSubmit => page.Locator("#prosecution-submit");

    // IND: applications, decisions and withdrawal.
    public ILocator ApplicationForm => page.Locator("#application-form");
    public ILocator ApplicationKind => page.Locator("#Application_Kind");
    public ILocator ApplicationOn => page.Locator("#Application_On");
    public ILocator ApplicationExOfficio => page.Locator("#Application_ExOfficio");
    public ILocator ApplicationSubmit => page.Locator("#application-submit");

    public ILocator DecisionForm => page.Locator("#decision-form");
    public ILocator DecisionGranted => page.Locator("#decision-granted");
    public ILocator DecisionRefused => page.Locator("#decision-refused");
    public ILocator DecisionOn => page.Locator("#Decision_On");
    public ILocator DecisionValidFrom => page.Locator("#Decision_ValidFrom");
    public ILocator DecisionValidUntil => page.Locator("#Decision_ValidUntil");
    public ILocator DecisionSubmit => page.Locator("#decision-submit");

    public ILocator WithdrawalForm => page.Locator("#withdrawal-form");
    public ILocator WithdrawalHeldBack => page.Locator("#withdrawal-held-back");
    public ILocator WithdrawalOn => page.Locator("#Withdrawal_On");
    public ILocator IntendWithdrawalSubmit => page.Locator("#intend-withdrawal-submit");
    public ILocator WithdrawSubmit => page.Locator("#withdraw-submit");

    /// <summary>A date as a type=date input takes it (yyyy-MM-dd), whatever the browser's locale.</summary>
    public static string DateValue(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Timeline).ToBeAttachedAsync();
    }

    /// <summary>Police record an accepted offer of a reflection period that starts on the day of the offer.</summary>
    public async Task RecordAcceptedOfferAsync(DateOnly offeredOn, string unit, string officer)
    {
        await OfferedOn.FillAsync(DateValue(offeredOn));
        await OfferUnit.FillAsync(unit);
        await OfferOfficer.FillAsync(officer);
        await OfferDecision("Accepted").CheckAsync();
        await OfferSubmit.ClickAsync();
    }

    /// <summary>Police record a report or other cooperation ("Report", "WitnessStatement", "OtherCooperation").</summary>
    public async Task RecordCooperationAsync(string kind, DateOnly on, string unit, string? caseNumber)
    {
        await CooperationKind.SelectOptionAsync(kind);
        await CooperationOn.FillAsync(DateValue(on));
        await CooperationUnit.FillAsync(unit);
        if (caseNumber is not null) await CooperationCaseNumber.FillAsync(caseNumber);
        await CooperationSubmit.ClickAsync();
    }

    /// <summary>Police record a decision on the case ("Prosecute", "Dismissal", "Conviction", "Acquittal").</summary>
    public async Task RecordProsecutionDecisionAsync(string kind, DateOnly on)
    {
        await ProsecutionKind.SelectOptionAsync(kind);
        await ProsecutionOn.FillAsync(DateValue(on));
        await ProsecutionSubmit.ClickAsync();
    }

    /// <summary>The IND records an application ("TemporaryAfterCooperation", "NonTemporaryHumanitarian", …).</summary>
    public async Task RecordApplicationAsync(string kind, DateOnly on, bool exOfficio = false)
    {
        await ApplicationKind.SelectOptionAsync(kind);
        await ApplicationOn.FillAsync(DateValue(on));
        await ApplicationExOfficio.SetCheckedAsync(exOfficio);
        await ApplicationSubmit.ClickAsync();
    }

    /// <summary>The IND grants the pending application.</summary>
    public async Task RecordGrantAsync(DateOnly on, DateOnly validFrom, DateOnly validUntil)
    {
        await DecisionGranted.CheckAsync();
        await DecisionOn.FillAsync(DateValue(on));
        await DecisionValidFrom.FillAsync(DateValue(validFrom));
        await DecisionValidUntil.FillAsync(DateValue(validUntil));
        await DecisionSubmit.ClickAsync();
    }

    /// <summary>The IND refuses the pending application.</summary>
    public async Task RecordRefusalAsync(DateOnly on)
    {
        await DecisionRefused.CheckAsync();
        await DecisionOn.FillAsync(DateValue(on));
        await DecisionSubmit.ClickAsync();
    }

    /// <summary>The IND announces the intention to withdraw the temporary permit.</summary>
    public async Task IntendWithdrawalAsync(DateOnly on)
    {
        await WithdrawalOn.FillAsync(DateValue(on));
        await IntendWithdrawalSubmit.ClickAsync();
    }

    /// <summary>The IND withdraws the temporary permit.</summary>
    public async Task WithdrawAsync(DateOnly on)
    {
        await WithdrawalOn.FillAsync(DateValue(on));
        await WithdrawSubmit.ClickAsync();
    }
}

/// <summary>/Tracks: the tracks the user may follow, searchable by registration number or signal reference.</summary>
public sealed class TrackListPage(IPage page)
{
    public const string RelativeUrl = "/Tracks";

    public ILocator Search => page.Locator("#track-search");
    public ILocator Reference => page.Locator("#reference");
    public ILocator Find => Search.Locator("button[type='submit']");
    public ILocator Table => page.Locator("#tracks-table");
    public ILocator NoTracks => page.Locator("#no-tracks");

    // Police, when a search finds nothing: break the glass (a <details> that opens on its summary).
    public ILocator BreakGlass => page.Locator("details#break-glass");
    public ILocator BreakGlassSummary => BreakGlass.Locator("summary");
    public ILocator BreakGlassReason => page.Locator("#BreakGlass_Reason");
    public ILocator BreakGlassReasonError => page.Locator("#BreakGlass_Reason-error");
    public ILocator BreakGlassSubmit => page.Locator("#break-glass-submit");
    public ILocator ValidationSummary => page.Locator("#validation-summary");

    /// <summary>Opens the break-the-glass form (when it is closed) and submits it with this reason.</summary>
    public async Task BreakTheGlassAsync(string reason)
    {
        if (!await BreakGlassReason.IsVisibleAsync()) await BreakGlassSummary.ClickAsync();
        await BreakGlassReason.FillAsync(reason);
        await BreakGlassSubmit.ClickAsync();
    }

    /// <summary>The link to a track in the table, by its registration number or signal reference.</summary>
    public ILocator TrackLink(string reference) => Table.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true });

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(Search).ToBeVisibleAsync();
        await Assertions.Expect(Find).ToBeVisibleAsync();
    }

    /// <summary>Searches on a reference and waits until the address carries it.</summary>
    public async Task SearchAsync(string reference)
    {
        await Reference.FillAsync(reference);
        await Find.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("reference=" + Uri.EscapeDataString(reference), StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>/Deadlines: "My deadlines", what the user's organisation must act on, soonest first.</summary>
public sealed class DeadlinesPage(IPage page)
{
    public const string RelativeUrl = "/Deadlines";

    public ILocator Heading => page.Locator("main h1");
    public ILocator Table => page.Locator("#due-table");
    public ILocator NothingDue => page.Locator("#nothing-due");

    /// <summary>Rows of one kind, e.g. "ReflectionPeriodEnding", "ApplicationToRecord".</summary>
    public ILocator Rows(string kind) => Table.Locator($"tbody tr[data-kind='{kind}']");

    /// <summary>The row of one kind for one person, found by the reference it links to.</summary>
    public ILocator Row(string kind, string reference) =>
        Rows(kind).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }) });

    public ILocator Link(string kind, string reference) => Row(kind, reference).GetByRole(AriaRole.Link, new() { Name = reference, Exact = true });

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(RelativeUrl) + "$"));
        await Assertions.Expect(Heading).ToBeVisibleAsync();
    }
}
