using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NrmPortal.Application.Features.Organisations;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using NrmPortal.Web.Areas.Identity.Pages.Account;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>
/// Server-side sessions: the cookie holds only a key to a database row, and deleting the row (sign-out, an administrator's
/// lock or access change) ends the session at the next request. The portal here validates the security stamp once a minute,
/// as in production, so a session ending at once is the session store's doing, not the stamp's.
/// </summary>
public sealed class SessionTests(SessionTests.StampPerMinutePortalFactory factory) : IClassFixture<SessionTests.StampPerMinutePortalFactory>
{
    private const string Password = "een-eenmalig-wachtwoord-42";
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed class StampPerMinutePortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task The_session_cookie_holds_only_a_key_and_the_session_is_a_row_that_is_not_audited()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        var client = factory.ClientFor(null);

        var signIn = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", Password)]);
        var cookie = SessionCookieOf(signIn);
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var inCookie = options.TicketDataFormat.Unprotect(cookie)!;
        var sessions = await factory.WithDbAsync(db => db.UserSessions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(Ct));

        Assert.True(cookie.Length < 800, $"The cookie should be small, not a whole principal: {cookie.Length} characters");
        Assert.Equal(["Microsoft.AspNetCore.Authentication.Cookies-SessionId"], inCookie.Principal.Claims.Select(c => c.Type));
        var session = Assert.Single(sessions);
        Assert.Equal(64, session.Id.Length); // a hash of the key, not the key
        Assert.DoesNotContain(inCookie.Principal.Claims.Single().Value, session.Id, StringComparison.Ordinal);
        Assert.True(session.ExpiresAtUtc > DateTime.UtcNow.AddMinutes(14) && session.ExpiresAtUtc <= DateTime.UtcNow.AddMinutes(15));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "UserSession", Ct)));
    }

    [Fact]
    public async Task Signing_out_deletes_the_session_clears_the_site_data_and_a_copied_cookie_no_longer_works()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        var client = factory.ClientFor(null);
        var signIn = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", Password)]);
        var copied = SessionCookieOf(signIn);

        var before = await WithCookie(copied).GetAsync(new Uri("/Identity/Account/ChangePassword", UriKind.Relative), Ct);
        var signOut = await client.SubmitAsync("/Identity/Account/ChangePassword", "#idle-warning-form", []);
        var after = await WithCookie(copied).GetAsync(new Uri("/Identity/Account/ChangePassword", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/Identity/Account/Logout", signOut.LocationPath());
        Assert.Equal(LogoutModel.ClearSiteData, string.Join(", ", signOut.Headers.GetValues("Clear-Site-Data")));
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", LogoutModel.ClearSiteData);
        Assert.StartsWith("/Identity/Account/Login", after.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct)));
    }

    [Fact]
    public async Task Signing_in_again_in_the_same_browser_starts_a_new_session_and_the_old_cookie_is_dead()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, false), Ct));
        var key = await EnrolledWithPreviousStepAsync(email);
        var client = factory.ClientFor(null);
        var earlierForm = await client.GetDocumentAsync("/Identity/Account/Login"); // e.g. in another tab, before signing in
        var first = SessionCookieOf(await SecondStepAsync(client,
            await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", Password)]), key, stepOffset: 0));

        // The earlier form posted while signed in: the browser sends the first session's cookie along (with the password;
        // the code follows on the second step, a later one than the first sign-in's, as the replay rule requires).
        var second = SessionCookieOf(await SecondStepAsync(client,
            await client.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)earlierForm.QuerySelector("#login-form")!,
                [new("Input.Email", email), new("Input.Password", Password)]), key, stepOffset: 1));
        var withFirst = await WithCookie(first).GetAsync(new Uri("/", UriKind.Relative), Ct);
        var withSecond = await WithCookie(second).GetAsync(new Uri("/", UriKind.Relative), Ct);
        var sessions = await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct));
        var reopened = await client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), Ct);
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        string KeyOf(string cookie) => options.TicketDataFormat.Unprotect(cookie)!.Principal.Claims.Single().Value;

        Assert.NotEqual(KeyOf(first), KeyOf(second));
        Assert.StartsWith("/Identity/Account/Login", withFirst.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withSecond.StatusCode);
        Assert.Equal(1, sessions);
        Assert.Equal("/Identity/Account/Login", reopened.LocationPath()); // opening the sign-in page ends the session first
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct)));
    }

    [Fact]
    public async Task Locking_an_account_ends_all_its_sessions_at_once()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        var first = await factory.SignedInClientAsync(email, Password);
        var second = await factory.SignedInClientAsync(email, Password); // another browser
        var page = new Uri("/Identity/Account/ChangePassword", UriKind.Relative);
        var sessionsBefore = await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct));
        var beforeLock = await first.GetAsync(page, Ct);

        await factory.SendAsync(new SetUserLocked.Command(userId, Locked: true), Admin);
        var firstAfter = await first.GetAsync(page, Ct);
        var secondAfter = await second.GetAsync(page, Ct);

        Assert.Equal(2, sessionsBefore);
        Assert.Equal(HttpStatusCode.OK, beforeLock.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", firstAfter.LocationPath(), StringComparison.Ordinal);
        Assert.StartsWith("/Identity/Account/Login", secondAfter.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct)));
    }

    [Fact]
    public async Task Changing_ones_own_password_ends_the_other_sessions_at_once_and_keeps_this_one()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        var first = await factory.SignedInClientAsync(email, Password);
        var second = await factory.SignedInClientAsync(email, Password); // another browser, perhaps not the user's
        var page = new Uri("/Identity/Account/ChangePassword", UriKind.Relative);
        var secondBefore = await second.GetAsync(page, Ct);

        var changed = await first.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", Password), new("Input.NewPassword", "mijn eigen lange wachtzin 2026"), new("Input.ConfirmPassword", "mijn eigen lange wachtzin 2026")]);
        var firstAfter = await first.GetAsync(new Uri("/Identity/Account/EnrolAuthenticator", UriKind.Relative), Ct);
        var secondAfter = await second.GetAsync(page, Ct);

        Assert.Equal(HttpStatusCode.OK, secondBefore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, firstAfter.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", secondAfter.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct)));
    }

    [Fact]
    public async Task A_role_change_ends_the_sessions_at_once_and_a_name_change_does_not()
    {
        var (movedId, movedEmail) = await CreateUserAsync(Roles.Police);
        var (renamedId, renamedEmail) = await CreateUserAsync(Roles.Police);
        var movedClient = await factory.SignedInClientAsync(movedEmail, Password);
        var renamedClient = await factory.SignedInClientAsync(renamedEmail, Password);
        var moved = (await factory.SendAsync(new GetUser.Query(movedId), Admin))!;
        var renamed = (await factory.SendAsync(new GetUser.Query(renamedId), Admin))!;
        var page = new Uri("/Identity/Account/ChangePassword", UriKind.Relative);

        await factory.SendAsync(new EditUser.Command
        {
            Id = movedId, ConcurrencyStamp = moved.ConcurrencyStamp, DisplayName = moved.DisplayName, Email = moved.Email,
            OrganisationId = moved.OrganisationId, Role = Roles.Ind,
        }, Admin);
        await factory.SendAsync(new EditUser.Command
        {
            Id = renamedId, ConcurrencyStamp = renamed.ConcurrencyStamp, DisplayName = "Andere naam", Email = renamed.Email,
            OrganisationId = renamed.OrganisationId, Role = Roles.Police,
        }, Admin);

        Assert.StartsWith("/Identity/Account/Login", (await movedClient.GetAsync(page, Ct)).LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await renamedClient.GetAsync(page, Ct)).StatusCode);
    }

    [Fact]
    public async Task Resetting_password_or_two_factor_and_deactivating_the_organisation_end_the_sessions_at_once()
    {
        var (resetId, resetEmail) = await CreateUserAsync(Roles.Police);
        var (twoFactorId, twoFactorEmail) = await CreateUserAsync(Roles.Police);
        var organisationId = await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var (_, memberEmail) = await CreateUserAsync(Roles.Police, organisationId);
        var clients = new[]
        {
            await factory.SignedInClientAsync(resetEmail, Password),
            await factory.SignedInClientAsync(twoFactorEmail, Password),
            await factory.SignedInClientAsync(memberEmail, Password),
        };
        var page = new Uri("/Identity/Account/ChangePassword", UriKind.Relative);

        await factory.SendAsync(new ResetPassword.Command { Id = resetId, OneTimePassword = "een-nieuw-eenmalig-wachtwoord-7" }, Admin);
        await factory.SendAsync(new ResetTwoFactor.Command(twoFactorId), Admin);
        var version = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Version).SingleAsync(Ct));
        await factory.SendAsync(new SetOrganisationActive.Command(organisationId, version, Active: false), Admin);

        foreach (var client in clients)
            Assert.StartsWith("/Identity/Account/Login", (await client.GetAsync(page, Ct)).LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_signs_a_user_out_everywhere_from_the_user_page()
    {
        var (userId, email) = await CreateUserAsync(Roles.Police);
        var client = await factory.SignedInClientAsync(email, Password);
        var page = new Uri("/Identity/Account/ChangePassword", UriKind.Relative);
        var before = await client.GetAsync(page, Ct);

        var ended = await factory.ClientFor(Admin).SubmitAsync($"/Admin/Users/Details/{userId}", "#end-sessions-form", []);
        var after = await client.GetAsync(page, Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", after.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId, Ct)));
    }

    [Fact]
    public async Task Stay_signed_in_needs_a_session_and_the_antiforgery_token_and_answers_no_content()
    {
        var (_, email) = await CreateUserAsync(Roles.Police);
        var client = await factory.SignedInClientAsync(email, Password);
        var page = await client.GetDocumentAsync("/Identity/Account/ChangePassword");
        var token = page.QuerySelector("#idle-warning-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var anonymousRequest = new HttpRequestMessage(HttpMethod.Post, "/Session/Extend");
        var anonymous = await factory.ClientFor(null).SendAsync(anonymousRequest, Ct);
        using var withoutToken = new HttpRequestMessage(HttpMethod.Post, "/Session/Extend");
        var refused = await client.SendAsync(withoutToken, Ct);
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/Session/Extend");
        withToken.Headers.Add("RequestVerificationToken", token);
        var extended = await client.SendAsync(withToken, Ct);
        var get = await client.GetAsync(new Uri("/Session/Extend", UriKind.Relative), Ct);

        Assert.StartsWith("/Identity/Account/Login", anonymous.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, extended.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Signed_in_pages_carry_the_timeout_warning_with_its_settings_in_data_attributes_and_the_login_page_none()
    {
        var (_, email) = await CreateUserAsync(Roles.Police);
        var client = await factory.SignedInClientAsync(email, Password);

        var page = await client.GetDocumentAsync("/Identity/Account/ChangePassword");
        var login = await factory.ClientFor(null).GetDocumentAsync("/Identity/Account/Login");
        var afterTimeout = await factory.ClientFor(null).GetDocumentAsync("/Identity/Account/Login?reason=idle");

        var dialog = page.QuerySelector("dialog#idle-warning")!;
        Assert.Equal("alertdialog", dialog.GetAttribute("role"));
        Assert.InRange(int.Parse(dialog.GetAttribute("data-idle-seconds")!, System.Globalization.CultureInfo.InvariantCulture), 840, 900);
        Assert.Equal("900", dialog.GetAttribute("data-idle-full-seconds"));
        Assert.Equal("120", dialog.GetAttribute("data-warn-seconds"));
        Assert.Equal("/Session/Extend", dialog.GetAttribute("data-extend-url"));
        Assert.Equal("/Identity/Account/Login?reason=idle", dialog.GetAttribute("data-timeout-url"));
        Assert.False(string.IsNullOrWhiteSpace(page.TextOf("#idle-warning-text")));
        Assert.NotNull(page.QuerySelector("#idle-stay"));
        Assert.Contains(page.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? ""), src => src.StartsWith("/js/idle-timeout.js", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])")); // no inline script (CSP)
        Assert.Null(login.QuerySelector("#idle-warning"));
        Assert.Null(login.QuerySelector("#idle-signed-out"));
        Assert.False(string.IsNullOrWhiteSpace(afterTimeout.TextOf("#idle-signed-out")));
    }

    [Fact]
    public async Task The_timeout_warning_script_is_served()
    {
        var response = await factory.ClientFor(null).GetAsync(new Uri("/js/idle-timeout.js", UriKind.Relative), Ct);
        var script = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("showModal", script, StringComparison.Ordinal);
        Assert.Contains("RequestVerificationToken", script, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two-factor authentication is mandatory: enrols an authenticator app for <paramref name="email"/> (signed in with
    /// <see cref="Password"/>, no password change pending), ends that session and returns the key. A code is accepted once,
    /// for a later step than the last one used and at most one step from the portal's clock; enrolling with the previous
    /// step's code leaves the current and the next step for two sign-ins without waiting for the clock.
    /// </summary>
    private async Task<string> EnrolledWithPreviousStepAsync(string email)
    {
        // Not near the end of a step, so the previous step's code is still within the window when the portal checks it.
        var intoStep = TimeSpan.FromMilliseconds(factory.Now.ToUnixTimeMilliseconds() % 30_000);
        if (intoStep > TimeSpan.FromSeconds(20)) await Task.Delay(TimeSpan.FromSeconds(30) - intoStep + TimeSpan.FromMilliseconds(100), Ct);
        var client = await factory.SignedInClientAsync(email, Password);
        var key = await factory.EnrolAsync(client, stepOffset: -1);
        var ended = await client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), Ct); // opening the sign-in page ends the session
        Assert.Equal("/Identity/Account/Login", ended.LocationPath());
        return key;
    }

    /// <summary>The second step of signing in, after <paramref name="password"/> was accepted, with the code for <paramref name="stepOffset"/>.</summary>
    private async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, HttpResponseMessage password, string key, int stepOffset)
    {
        var secondStep = password.LocationPath() ?? "";
        Assert.StartsWith("/Identity/Account/LoginWith2fa", secondStep, StringComparison.Ordinal);
        return await client.SubmitAsync(secondStep, "#two-factor-form", [new("Input.TwoFactorCode", Totp.Code(key, factory.Now.AddSeconds(30 * stepOffset)))]);
    }

    private HttpClient WithCookie(string sessionCookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add("Cookie", "NrmPortal=" + sessionCookie);
        return client;
    }

    private static string SessionCookieOf(HttpResponseMessage signIn)
    {
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var header = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("NrmPortal=", StringComparison.Ordinal));
        return header["NrmPortal=".Length..header.IndexOf(';', StringComparison.Ordinal)];
    }

    private async Task<(Guid Id, string Email)> CreateUserAsync(string role, Guid? organisationId = null)
    {
        organisationId ??= await factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var email = $"sessie-{Guid.NewGuid():N}@example.org";
        var id = await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Sessie " + role, Email = email, OrganisationId = organisationId.Value, Role = role, InitialPassword = Password,
        }, Admin);
        return (id, email);
    }
}
