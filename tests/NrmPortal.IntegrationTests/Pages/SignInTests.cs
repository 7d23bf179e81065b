using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>Signing in through the real login page and Identity cookie (no test authentication).</summary>
[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFactory factory)
{
    private const string OneTimePassword = "een-eenmalig-wachtwoord-42";
    private const string OwnPassword = "mijn eigen lange wachtzin 2026";
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_user_must_change_the_one_time_password_then_enrol_an_authenticator_before_anything_else()
    {
        var (_, email) = await CreateUserAsync(Roles.CareWorker);
        var client = await factory.SignedInClientAsync(email, OneTimePassword);

        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var enrolBeforeChange = await client.GetAsync(new Uri("/Identity/Account/EnrolAuthenticator", UriKind.Relative), Ct);
        var change = await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", OneTimePassword), new("Input.NewPassword", OwnPassword), new("Input.ConfirmPassword", OwnPassword)]);
        var homeAfterChange = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        await factory.EnrolAsync(client);
        var homeAfterEnrolment = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal("/Identity/Account/ChangePassword", home.LocationPath());
        Assert.Equal("/Identity/Account/ChangePassword", enrolBeforeChange.LocationPath());
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal("/Identity/Account/EnrolAuthenticator", homeAfterChange.LocationPath());
        Assert.Equal(HttpStatusCode.OK, homeAfterEnrolment.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(homeAfterEnrolment)).QuerySelector("#home-role-CareWorker"));
    }

    [Fact]
    public async Task The_change_password_page_explains_what_is_wrong_with_empty_or_short_input()
    {
        var (_, email) = await CreateUserAsync(Roles.Ind);
        var client = await factory.SignedInClientAsync(email, OneTimePassword);

        var response = await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", ""), new("Input.NewPassword", "kort"), new("Input.ConfirmPassword", "anders")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await HtmlForms.ParseAsync(response)).QuerySelectorAll(".validation-summary-errors li").Length);
    }

    [Fact]
    public async Task Locks_the_account_after_five_wrong_passwords()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        var client = factory.ClientFor(null);

        for (var i = 0; i < 5; i++)
            await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", "verkeerd wachtwoord " + i)]);
        var withRightPassword = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", OneTimePassword)]);

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode); // the form again, with the locked-out message
        Assert.True((await factory.SendAsync(new GetUser.Query(userId), Admin))!.IsLockedAt(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Users_of_a_deactivated_organisation_cannot_sign_in()
    {
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (_, email) = await CreateUserAsync(Roles.Coa, organisationId);
        var version = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Version).SingleAsync(Ct));
        await factory.SendAsync(new SetOrganisationActive.Command(organisationId, version, Active: false), Admin);

        var response = await factory.ClientFor(null).SubmitAsync("/Identity/Account/Login", "#login-form",
            [new("Input.Email", email), new("Input.Password", OneTimePassword)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(response)).QuerySelectorAll(".validation-summary-errors li"));
    }

    [Fact]
    public async Task Over_posting_organisation_or_role_on_the_own_account_page_changes_nothing()
    {
        var (userId, email) = await CreateUserAsync(Roles.CareWorker);
        var client = await SignedInWithOwnPasswordAsync(email);
        await factory.EnrolAsync(client);
        var before = (await factory.SendAsync(new GetUser.Query(userId), Admin))!;

        await client.SubmitAsync("/Identity/Account/Manage", "#profile-form",
        [
            new("Input.PhoneNumber", "0201234567"), new("Input.OrganisationId", Guid.NewGuid().ToString()), new("OrganisationId", Guid.NewGuid().ToString()),
            new("Input.Role", Roles.Administrator), new("Role", Roles.Administrator),
        ]);
        var after = (await factory.SendAsync(new GetUser.Query(userId), Admin))!;

        Assert.Equal(before.OrganisationId, after.OrganisationId);
        Assert.Equal(Roles.CareWorker, after.Role);
    }

    [Fact]
    public async Task Locking_an_account_or_changing_its_role_ends_the_sessions_it_has()
    {
        var (lockedId, lockedEmail) = await CreateUserAsync(Roles.Police);
        var (movedId, movedEmail) = await CreateUserAsync(Roles.Police);
        var lockedClient = await SignedInWithOwnPasswordAsync(lockedEmail);
        var movedClient = await SignedInWithOwnPasswordAsync(movedEmail);
        await factory.EnrolAsync(lockedClient);
        await factory.EnrolAsync(movedClient);
        var moved = (await factory.SendAsync(new GetUser.Query(movedId), Admin))!;

        await factory.SendAsync(new SetUserLocked.Command(lockedId, Locked: true), Admin);
        await factory.SendAsync(new EditUser.Command
        {
            Id = movedId, ConcurrencyStamp = moved.ConcurrencyStamp, DisplayName = moved.DisplayName, Email = moved.Email,
            OrganisationId = moved.OrganisationId, Role = Roles.Ind,
        }, Admin);
        var lockedHome = await lockedClient.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var movedHome = await movedClient.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.StartsWith("/Identity/Account/Login", lockedHome.LocationPath(), StringComparison.Ordinal);
        Assert.StartsWith("/Identity/Account/Login", movedHome.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enrolled_user_signs_in_with_password_and_code_and_the_browser_is_never_remembered()
    {
        var (_, email) = await CreateUserAsync(Roles.Ind);
        var key = await factory.EnrolAsync(await SignedInWithOwnPasswordAsync(email));

        // The enrolment used this step's code; the next step's code is within the window and not used yet.
        var (client, secondStep) = await factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: 1);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var secondStepPage = await factory.ClientFor(null).GetAsync(new Uri("/Identity/Account/LoginWith2fa", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, secondStep.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain(secondStep.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.Contains("TwoFactorRememberMe", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("/Identity/Account/Login", secondStepPage.LocationPath()); // no pending first step
    }

    [Fact]
    public async Task The_sign_in_page_gives_the_same_answer_for_an_unknown_account_and_a_wrong_password()
    {
        var (_, email) = await CreateUserAsync(Roles.Police);

        var unknown = await factory.ClientFor(null).SubmitAsync("/Identity/Account/Login", "#login-form",
            [new("Input.Email", $"niemand-{Guid.NewGuid():N}@example.org"), new("Input.Password", "een verkeerd wachtwoord")]);
        var wrongPassword = await factory.ClientFor(null).SubmitAsync("/Identity/Account/Login", "#login-form",
            [new("Input.Email", email), new("Input.Password", "een verkeerd wachtwoord")]);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal((await HtmlForms.ParseAsync(unknown)).ValidationMessages(), (await HtmlForms.ParseAsync(wrongPassword)).ValidationMessages());
    }

    [Fact]
    public async Task Self_registration_is_not_available()
    {
        var response = await factory.ClientFor(null).GetAsync(new Uri("/Identity/Account/Register", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpClient> SignedInWithOwnPasswordAsync(string email)
    {
        var client = await factory.SignedInClientAsync(email, OneTimePassword);
        var changed = await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", OneTimePassword), new("Input.NewPassword", OwnPassword), new("Input.ConfirmPassword", OwnPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        return client;
    }

    private async Task<(Guid Id, string Email)> CreateUserAsync(string role, Guid? organisationId = null)
    {
        organisationId ??= await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var id = await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Collega " + role, Email = email, OrganisationId = organisationId.Value, Role = role, InitialPassword = OneTimePassword,
        }, Admin);
        return (id, email);
    }
}
