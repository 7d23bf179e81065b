using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>The portal with its own fake clock for all two-factor tests of this class (they run one after another).</summary>
public sealed class TwoFactorPortal : IAsyncLifetime
{
    public ClockedPortalFactory Factory { get; } = new();

    public ValueTask InitializeAsync() => Factory.InitializeAsync();

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

/// <summary>Mandatory two-factor authentication: forced enrolment, the ±1-step window, no replay, no remembered browser, reset.</summary>
public sealed class TwoFactorTests(TwoFactorPortal portal) : IClassFixture<TwoFactorPortal>
{
    private const string Password = "een-eenmalig-wachtwoord-42";
    private const string OwnPassword = "mijn eigen lange wachtzin 2026";
    private static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ClockedPortalFactory Factory => portal.Factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/Signals")]
    [InlineData("/Tracks?q=x")]
    [InlineData("/Admin/Users")]
    [InlineData("/Identity/Account/Manage")]
    [InlineData("/Identity/Account/Manage/TwoFactorAuthentication")]
    [InlineData("/Identity/Account/ChangePassword")]
    public async Task A_user_without_two_factor_is_sent_to_the_enrolment_page_from_every_page(string path)
    {
        var (_, email) = await CreateUserAsync(Roles.Administrator);
        var client = await PasswordChangedAsync(email);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/EnrolAuthenticator", response.LocationPath());
    }

    [Fact]
    public async Task The_enrolment_page_shows_a_qr_code_and_the_key_and_leaves_sign_out_and_language_reachable()
    {
        var (_, email) = await CreateUserAsync(Roles.Police);
        var client = await PasswordChangedAsync(email);

        var page = await client.GetDocumentAsync("/Identity/Account/EnrolAuthenticator");
        var again = await client.GetDocumentAsync("/Identity/Account/EnrolAuthenticator");
        var language = await client.GetAsync(new Uri("/Language?culture=en-GB", UriKind.Relative), Ct);
        var error = await client.GetAsync(new Uri("/Error", UriKind.Relative), Ct);

        var groups = page.TextOf("#shared-key").Split(' ');
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("#qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(32, string.Concat(groups).Length); // 160 bits from Identity's CSPRNG, in Base32
        Assert.All(groups[..^1], g => Assert.Equal(4, g.Length));
        Assert.Equal(page.TextOf("#shared-key"), again.TextOf("#shared-key")); // reloading keeps the key the app scanned
        Assert.NotEqual("/Identity/Account/EnrolAuthenticator", language.LocationPath());
        Assert.NotEqual("/Identity/Account/EnrolAuthenticator", error.LocationPath());
        Assert.Null(page.QuerySelector("#account-menu"));
    }

    [Fact]
    public async Task Enrolment_with_a_wrong_code_is_refused_and_with_the_right_code_shows_ten_recovery_codes_once()
    {
        var (userId, email) = await CreateUserAsync(Roles.Coa);
        var client = await PasswordChangedAsync(email);
        var page = await client.GetDocumentAsync("/Identity/Account/EnrolAuthenticator");
        var key = page.TextOf("#shared-key").Replace(" ", "", StringComparison.Ordinal);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#enrol-form")!;

        var wrong = await client.SubmitAsync(form, [new("Input.Code", WrongCode(key))]);
        var stillEnabled = (await Factory.SendAsync(new GetUser.Query(userId), Admin))!.TwoFactorEnabled;
        var right = await client.SubmitAsync(form, [new("Input.Code", Totp.Code(key, Factory.Now))]);
        var rightPage = await HtmlForms.ParseAsync(right);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var enrolAgain = await client.GetAsync(new Uri("/Identity/Account/EnrolAuthenticator", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(wrong)).ValidationMessages());
        Assert.False(stillEnabled);
        Assert.Equal(10, rightPage.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("/", enrolAgain.LocationPath()); // enrolled: the page (and its codes) is not shown again
        Assert.True((await Factory.SendAsync(new GetUser.Query(userId), Admin))!.TwoFactorEnabled);
    }

    [Fact]
    public async Task A_code_is_accepted_once_a_replay_is_refused_and_the_next_step_is_accepted()
    {
        var (email, key) = await EnrolledUserAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var (_, first) = await Factory.SignInWithCodeAsync(email, OwnPassword, key);
        var (_, replay) = await Factory.SignInWithCodeAsync(email, OwnPassword, key);
        var (_, older) = await Factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: -1);
        var (_, next) = await Factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: 1);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode); // the form again, with a message
        Assert.NotEmpty((await HtmlForms.ParseAsync(replay)).ValidationMessages());
        Assert.Equal(HttpStatusCode.OK, older.StatusCode); // within the window, but before the step already used
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task Codes_one_step_away_are_accepted_and_two_steps_away_refused()
    {
        var (email, key) = await EnrolledUserAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var (_, twoBehind) = await Factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: -2);
        var (_, twoAhead) = await Factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: 2);
        var (_, oneBehind) = await Factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: -1);
        var (_, oneAhead) = await Factory.SignInWithCodeAsync(email, OwnPassword, key, stepOffset: 1);

        Assert.Equal(HttpStatusCode.OK, twoBehind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twoAhead.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oneBehind.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oneAhead.StatusCode);
    }

    [Fact]
    public async Task Two_requests_racing_with_the_same_code_cannot_both_sign_in()
    {
        var (email, key) = await EnrolledUserAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var clients = new List<(HttpClient Client, string Url)>();
        for (var i = 0; i < 4; i++)
        {
            var client = Factory.ClientFor(null);
            var step1 = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", OwnPassword)]);
            clients.Add((client, step1.LocationPath()!));
        }
        var forms = new List<(HttpClient Client, AngleSharp.Html.Dom.IHtmlFormElement Form)>();
        foreach (var (client, url) in clients)
            forms.Add((client, (AngleSharp.Html.Dom.IHtmlFormElement)(await client.GetDocumentAsync(url)).QuerySelector("#two-factor-form")!));
        var code = Totp.Code(key, Factory.Now);

        var results = await Task.WhenAll(forms.Select(f => f.Client.SubmitAsync(f.Form, [new("Input.TwoFactorCode", code)])));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_save_of_a_user_loaded_before_a_sign_in_does_not_undo_the_used_step()
    {
        // The race behind a replay: a request loads the user, another signs in with a code, then the first saves the whole
        // user (a failed attempt, a stamp) with the old step. The step must survive, so the code stays used.
        var (email, key) = await EnrolledUserAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var stale = (await users.FindByEmailAsync(email))!;

        var (_, first) = await Factory.SignInWithCodeAsync(email, OwnPassword, key);
        await users.AccessFailedAsync(stale);
        var (_, replay) = await Factory.SignInWithCodeAsync(email, OwnPassword, key);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, replay.StatusCode);
    }

    [Fact]
    public async Task The_self_service_pages_cannot_switch_two_factor_off_or_replace_the_key()
    {
        var (email, key) = await EnrolledUserAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var (client, _) = await Factory.SignInWithCodeAsync(email, OwnPassword, key);

        var overview = await client.GetDocumentAsync("/Identity/Account/Manage/TwoFactorAuthentication");
        var statuses = new List<HttpStatusCode>();
        foreach (var page in new[] { "Disable2fa", "ResetAuthenticator", "EnableAuthenticator" })
            statuses.Add((await client.GetAsync(new Uri("/Identity/Account/Manage/" + page, UriKind.Relative), Ct)).StatusCode);

        Assert.NotNull(overview.QuerySelector("#two-factor-status"));
        Assert.Null(overview.QuerySelector("a[href*='Disable2fa'], a[href*='ResetAuthenticator']"));
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    [Fact]
    public async Task An_administrators_reset_ends_the_session_is_audited_and_the_user_must_enrol_again()
    {
        var (email, key) = await EnrolledUserAsync();
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var (session, _) = await Factory.SignInWithCodeAsync(email, OwnPassword, key);
        var auditBefore = await AuditOfUserAsync(userId);

        await Factory.SendAsync(new ResetTwoFactor.Command(userId), Admin);
        var oldSession = await session.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var client = await Factory.SignedInClientAsync(email, OwnPassword); // no second step: there is no app any more
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        var newKey = await Factory.EnrolAsync(client);
        var audit = await AuditOfUserAsync(userId);

        Assert.StartsWith("/Identity/Account/Login", oldSession.LocationPath(), StringComparison.Ordinal);
        Assert.Equal("/Identity/Account/EnrolAuthenticator", home.LocationPath());
        Assert.NotEqual(key, newKey);
        Assert.Contains(audit.Except(auditBefore), a => a.UserId == Admin.UserId && (a.Fields ?? "").Contains("TwoFactorEnabled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_portals_provider_replaces_identitys_authenticator_provider()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();

        Assert.Equal(TotpAuthenticatorTokenProvider.ProviderName, users.Options.Tokens.AuthenticatorTokenProvider);
        Assert.Equal(typeof(TotpAuthenticatorTokenProvider),
            users.Options.Tokens.ProviderMap[Microsoft.AspNetCore.Identity.TokenOptions.DefaultAuthenticatorProvider].ProviderType);
    }

    private Task<List<(Guid Id, Guid? UserId, string? Fields)>> AuditOfUserAsync(Guid userId) =>
        Factory.WithDbAsync(async db => (await db.AuditEntries
                .Where(a => a.EntityType == nameof(AppUser) && a.EntityId == userId.ToString())
                .Select(a => new { a.Id, a.UserId, a.ChangedFields }).ToListAsync(Ct))
            .Select(a => (a.Id, a.UserId, a.ChangedFields)).ToList());

    private string WrongCode(string key)
    {
        var valid = Enumerable.Range(-1, 3).Select(step => Totp.Code(key, Factory.Now.AddSeconds(30 * step))).ToHashSet();
        return valid.Contains("000000") ? "111111" : "000000";
    }

    private async Task<(string Email, string Key)> EnrolledUserAsync()
    {
        var (_, email) = await CreateUserAsync(Roles.Ind);
        var key = await Factory.EnrolAsync(await PasswordChangedAsync(email));
        return (email, key);
    }

    private async Task<HttpClient> PasswordChangedAsync(string email)
    {
        var client = await Factory.SignedInClientAsync(email, Password);
        var changed = await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", Password), new("Input.NewPassword", OwnPassword), new("Input.ConfirmPassword", OwnPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        return client;
    }

    private async Task<(Guid Id, string Email)> CreateUserAsync(string role)
    {
        var organisationId = await Factory.SendAsync(new OrganisationBuilder().Build(), Admin);
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var id = await Factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Collega " + role, Email = email, OrganisationId = organisationId, Role = role, InitialPassword = Password,
        }, Admin);
        return (id, email);
    }
}
