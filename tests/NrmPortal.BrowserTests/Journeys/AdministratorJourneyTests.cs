using System.Text.RegularExpressions;
using NrmPortal.BrowserTests.Fixtures;
using NrmPortal.BrowserTests.PageObjects;
using NrmPortal.BrowserTests.Support;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Seeding;
using static Microsoft.Playwright.Assertions;

namespace NrmPortal.BrowserTests.Journeys;

/// <summary>The administrator sets up an organisation and a user; that user signs in for the first time.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class AdministratorJourneyTests(PortalServerFixture portal)
{
    private static readonly string AdministratorEmail = DatabaseInitialiser.DemoAccounts.First(a => a.Role == Roles.Administrator).Email;

    [GeneratedRegex(@"\S")]
    private static partial Regex AnyText();

    [Fact]
    public async Task Administrator_creates_organisation_and_user_who_then_signs_in()
    {
        PortalServerFixture.RequireChromium();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organisationName = $"Zorgaanbieder Browsertest {suffix}";
        var userName = $"Zorgmedewerker {suffix}";
        var userEmail = $"zorgmedewerker-{suffix}@browsertest.nrm.local";
        const string OneTimePassword = "eenmalig-wachtwoord-voor-de-test";
        const string NewPassword = "mijn eigen lange wachtzin om te onthouden";

        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var layout = new PortalLayout(page);
        var login = new LoginPage(page);

        // Sign-in page, in Dutch by default; first the error state of an empty form.
        await login.GotoAsync();
        await Expect(layout.Html).ToHaveAttributeAsync("lang", "nl");
        await Accessibility.AssertNoViolationsAsync(page, "login");
        await Screenshots.TakeAsync(page, "01-login.png");
        await login.SubmitAsync();
        await Expect(login.EmailError).ToHaveTextAsync(AnyText());
        await Accessibility.AssertNoViolationsAsync(page, "login with errors");

        await login.SignInAsync(AdministratorEmail, PortalServerFixture.DemoPassword);
        await Expect(page.Locator("#home-admin")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "administrator home");

        // Organisations: an empty form shows a field error next to the name, then a valid one creates the organisation.
        var organisations = new OrganisationsPage(page);
        await layout.NavOrganisations.ClickAsync();
        await Expect(organisations.CreateButton).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "organisations list");

        await organisations.StartCreateAsync();
        await Accessibility.AssertNoViolationsAsync(page, "new organisation form");
        await organisations.SubmitAsync();
        await Expect(organisations.NameError).ToBeVisibleAsync();
        await Expect(organisations.NameError).ToHaveTextAsync(AnyText());
        await Accessibility.AssertNoViolationsAsync(page, "new organisation form with errors");
        await Screenshots.TakeAsync(page, "02-organisation-form-errors.png");

        await organisations.FillAsync(organisationName, "CareProvider");
        await organisations.SubmitAsync();
        await Expect(organisations.DetailsName).ToHaveTextAsync(organisationName);
        await Accessibility.AssertNoViolationsAsync(page, "organisation details");
        await Screenshots.TakeAsync(page, "03-organisation-details.png");

        // Users: same again, a care worker in the new organisation with a one-time password.
        var users = new UsersPage(page);
        await layout.NavUsers.ClickAsync();
        await Expect(users.CreateButton).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "users list");

        await users.StartCreateAsync();
        await Accessibility.AssertNoViolationsAsync(page, "new user form");
        await users.SubmitAsync();
        await Expect(users.DisplayNameError).ToHaveTextAsync(AnyText());
        await Accessibility.AssertNoViolationsAsync(page, "new user form with errors");

        await users.FillAsync(userName, userEmail, organisationName, Roles.CareWorker, OneTimePassword);
        await users.SubmitAsync();
        await Expect(users.DetailsName).ToHaveTextAsync(userName);
        await Expect(users.DetailsEmail).ToHaveTextAsync(userEmail);
        await Expect(page.Locator(".validation-summary-valid")).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(page, "user details");
        await Screenshots.TakeAsync(page, "04-user-details.png");

        await layout.SignOutAsync();
        await Accessibility.AssertNoViolationsAsync(page, "signed out");
        await layout.SignInAgain.ClickAsync();

        // The new user signs in with the one-time password and must choose their own password first.
        await login.SignInAsync(userEmail, OneTimePassword);
        var changePassword = new ChangePasswordPage(page);
        await changePassword.WaitUntilShownAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ChangePasswordPage.RelativeUrl)));
        await Expect(changePassword.Errors).ToHaveCountAsync(0);
        await Expect(page.Locator(".validation-summary-valid")).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(page, "change password");
        await Screenshots.TakeAsync(page, "05-change-password.png");

        // Anything else sends them back to the password change.
        await page.GotoAsync("/");
        await changePassword.WaitUntilShownAsync();

        await changePassword.ChangeAsync(OneTimePassword, NewPassword, NewPassword + " maar anders");
        await Expect(changePassword.Errors).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page, "change password with errors");

        await changePassword.ChangeAsync(OneTimePassword, NewPassword, NewPassword);

        // Then an authenticator app, before anything else: a QR code and the key; a wrong code is refused.
        var enrol = new EnrolAuthenticatorPage(page);
        await enrol.WaitUntilShownAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(EnrolAuthenticatorPage.RelativeUrl)));
        await Expect(enrol.QrCode).ToHaveAttributeAsync("src", new Regex("^data:image/png;base64,"));
        await Accessibility.AssertNoViolationsAsync(page, "enrol authenticator");
        await Screenshots.TakeAsync(page, "06a-enrol-authenticator.png");
        await page.GotoAsync("/");
        await enrol.WaitUntilShownAsync();
        await enrol.Code.FillAsync("12345");
        await enrol.Submit.ClickAsync();
        await Expect(enrol.CodeError).ToHaveTextAsync(AnyText());
        await Accessibility.AssertNoViolationsAsync(page, "enrol authenticator with a wrong code");
        var userKey = await enrol.EnrolAsync(userEmail);
        await Accessibility.AssertNoViolationsAsync(page, "recovery codes");
        await enrol.Continue.ClickAsync();
        await Expect(page.Locator("#home-role-" + Roles.CareWorker)).ToBeVisibleAsync();
        await Expect(layout.CurrentUser).ToHaveTextAsync(userName);
        await Expect(layout.NavOrganisations).ToHaveCountAsync(0);
        await Expect(layout.NavUsers).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "care worker home");
        await Screenshots.TakeAsync(page, "06-care-worker-home.png");

        // The administrator pages stay closed to a care worker.
        await page.GotoAsync(OrganisationsPage.RelativeUrl);
        await Expect(page).ToHaveURLAsync(new Regex("/Identity/Account/AccessDenied"));
        await Expect(organisations.CreateButton).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page, "access denied");

        // The new password works from now on and no longer leads to the password change.
        await page.GotoAsync("/");
        await layout.SignOutAsync();
        await login.GotoAsync();
        await login.SignInAsync(userEmail, NewPassword, userKey);
        await Expect(page.Locator("#home-role-" + Roles.CareWorker)).ToBeVisibleAsync();
    }
}
