using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/CoMensha/Triage/{id}: registered persons who may be the same, and the four decisions on a new signal.</summary>
public sealed class TriagePage(IPage page)
{
    public ILocator Candidates => page.Locator("#candidates-table");
    public ILocator NoMatches => page.Locator("#no-matches");
    public ILocator RegisterVictim => page.Locator("#register-victim");
    public ILocator DuplicateNote => page.Locator("#duplicate-note");
    public ILocator MarkDuplicate => page.Locator("#mark-duplicate");
    public ILocator CloseReason => page.Locator("#close-reason");
    public ILocator CloseReasonError => page.Locator("#close-reason-error");
    public ILocator CloseNotTrafficking => page.Locator("#close-not-trafficking");

    /// <summary>The candidate's row in the matches table, by its registration number (CM-YYYY-NNNNN).</summary>
    public ILocator CandidateRow(string registrationNumber) =>
        Candidates.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = registrationNumber, Exact = true }) });

    /// <summary>The "Link to this person" button of a candidate.</summary>
    public ILocator LinkTo(string registrationNumber) => page.Locator($"#link-{registrationNumber}");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(RegisterVictim).ToBeVisibleAsync();
        await Assertions.Expect(CloseNotTrafficking).ToBeVisibleAsync();
    }
}

/// <summary>/CoMensha/Victim/{id}: a possible victim's file with its signals, timeline and closing.</summary>
public sealed class VictimFilePage(IPage page)
{
    public ILocator Number => page.Locator("#victim-number");
    public ILocator Status => page.Locator("#victim-status");
    public ILocator Names => page.Locator("#victim-names");
    public ILocator Signals => page.Locator("#victim-signals");
    public ILocator SignalItems => page.Locator("#victim-signals li");
    public ILocator Timeline => page.Locator("ol#timeline");

    /// <summary>The "Find a place or change it" link to the person's shelter page.</summary>
    public ILocator FindPlace => page.Locator("#find-place");

    /// <summary>The "Refer this person" link to the referral form.</summary>
    public ILocator ReferPerson => page.Locator("#refer-person");

    /// <summary>
    /// Timeline items of one kind: "Registered", "SignalLinked", "Closed", a track event, or a placement step
    /// ("PlacementRequested", "PlacementPlaced", "PlacementEnded").
    /// </summary>
    public ILocator TimelineEvents(string kind) => Timeline.Locator($"li.timeline-event[data-kind='{kind}']");

    public ILocator CloseFileForm => page.Locator("#close-file-form");

    /// <summary>"Returned", "LeftToUnknownDestination", "MovedOnIndependently" or "NoVictimAfterAll".</summary>
    public ILocator CloseReason => page.Locator("#reason");

    public ILocator CloseFile => page.Locator("#close-file");
}
