using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NrmPortal.BrowserTests.PageObjects;

/// <summary>/Referrals/Create?victimId=…: refer a person to another organisation for one need, with consent and a warm-handover note.</summary>
public sealed class ReferralCreatePage(IPage page)
{
    public const string RelativeUrl = "/Referrals/Create";

    public ILocator Title => page.Locator("#referral-create-title");
    public ILocator Form => page.Locator("#referral-form");
    public ILocator ValidationSummary => page.Locator("#validation-summary");
    public ILocator Organisation => page.Locator("#Input_ToOrganisationId");

    /// <summary>The need, by ReferralNeed value (e.g. "PsychologicalHelp").</summary>
    public ILocator Need => page.Locator("#Input_Need");

    public ILocator Consented => page.Locator("#Input_Consented");
    public ILocator ConsentRecordedOn => page.Locator("#Input_ConsentRecordedOn");
    public ILocator HandoverNote => page.Locator("#Input_HandoverNote");
    public ILocator Submit => page.Locator("#referral-submit");

    /// <summary>The error message next to a field, by property name (e.g. "ToOrganisationId", "Need", "Consented").</summary>
    public ILocator Error(string field) => Form.Locator($"span[data-valmsg-for='Input.{field}']");

    /// <summary>The organisation's option; its text is the name followed by the kind of organisation.</summary>
    public ILocator OrganisationOption(string name) => Organisation.Locator("option", new() { HasTextRegex = new Regex("^" + Regex.Escape(name) + " \\(") });

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(RelativeUrl) + @"\?victimId=[0-9a-fA-F-]{36}$"));
        await Assertions.Expect(Form).ToBeVisibleAsync();
        await Assertions.Expect(Submit).ToBeVisibleAsync();
    }

    /// <summary>Submits the form as it is (e.g. empty, to see the field errors).</summary>
    public Task SubmitAsync() => Submit.ClickAsync();

    /// <summary>Refers the person with their consent and a note; the portal then opens the referral.</summary>
    public async Task ReferAsync(string organisation, string need, DateOnly consentedOn, string handoverNote)
    {
        var value = await OrganisationOption(organisation).GetAttributeAsync("value");
        await Organisation.SelectOptionAsync(value!);
        await Need.SelectOptionAsync(need);
        await Consented.CheckAsync();
        await ConsentRecordedOn.FillAsync(TrackDetailsPage.DateValue(consentedOn));
        await HandoverNote.FillAsync(handoverNote);
        await SubmitAsync();
    }
}

/// <summary>/Referrals/Details/{id}: one referral with its status, the warm-handover note and the steps the user's side may record.</summary>
public sealed class ReferralDetailsPage(IPage page)
{
    public ILocator Title => page.Locator("#referral-title");
    public ILocator StatusMessage => page.Locator("#status-message");
    public ILocator ValidationSummary => page.Locator("#validation-summary");
    public ILocator Summary => page.Locator("#referral-summary");
    public ILocator Need => page.Locator("#referral-need");

    /// <summary>The status; carries data-status (ReferralStatus value, e.g. "Sent", "Accepted", "Completed").</summary>
    public ILocator Status => page.Locator("#referral-status");

    public ILocator ConsentDate => page.Locator("#consent-date");
    public ILocator HandoverNote => page.Locator("#handover-note");
    public ILocator NoSteps => page.Locator("#no-steps");

    // The receiver's steps.
    public ILocator AcceptForm => page.Locator("#accept-form");
    public ILocator AcceptSubmit => page.Locator("#accept-submit");
    public ILocator DeclineForm => page.Locator("#decline-form");
    public ILocator CompleteForm => page.Locator("#complete-form");
    public ILocator CompleteSubmit => page.Locator("#complete-submit");

    // The sender's step.
    public ILocator WithdrawForm => page.Locator("#withdraw-form");

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Referrals/Details/[0-9a-fA-F-]{36}$"));
        await Assertions.Expect(Title).ToBeVisibleAsync();
        await Assertions.Expect(Status).ToBeVisibleAsync();
    }
}

/// <summary>/Referrals: the referrals of the user's organisation, incoming (the default) or outgoing.</summary>
public sealed class ReferralListPage(IPage page)
{
    public const string RelativeUrl = "/Referrals";

    public ILocator Heading => page.Locator("main h1");
    public ILocator Incoming => page.Locator("#box-incoming");
    public ILocator Outgoing => page.Locator("#box-outgoing");
    public ILocator Table => page.Locator("#referrals-table");
    public ILocator NoReferrals => page.Locator("#no-referrals");

    /// <summary>A referral's row, by the person's registration number; carries data-status.</summary>
    public ILocator Row(string registrationNumber) =>
        Table.Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = registrationNumber, Exact = true }) });

    /// <summary>The link to a referral, by the person's registration number.</summary>
    public ILocator Link(string registrationNumber) => Row(registrationNumber).GetByRole(AriaRole.Link, new() { Name = registrationNumber, Exact = true });

    public async Task WaitUntilShownAsync()
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(RelativeUrl) + "(\\?.*)?$"));
        await Assertions.Expect(Heading).ToBeVisibleAsync();
        await Assertions.Expect(Incoming).ToBeVisibleAsync();
    }
}
