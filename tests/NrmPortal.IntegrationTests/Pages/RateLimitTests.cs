using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Application.Features.Users;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using NrmPortal.Web.Configuration;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>The portal with low rate limits, and the client's IP address taken from a test header.</summary>
public sealed class LowRateLimitPortalFactory : PortalFactory
{
    public const string ClientIpHeader = "X-Test-Client-Ip";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:Login:PerIp", "3");
        builder.UseSetting("RateLimits:Login:PerAccount", "2");
        builder.UseSetting("RateLimits:TwoFactor:PerIp", "100");
        builder.UseSetting("RateLimits:TwoFactor:PerAccount", "2");
        builder.UseSetting("RateLimits:ForgotPassword:PerIp", "2");
        builder.UseSetting("RateLimits:Search:PerIp", "100");
        builder.UseSetting("RateLimits:Search:PerAccount", "2");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientIpFromHeader>());
    }

    public HttpClient ClientFrom(string ip, TestUser? user = null)
    {
        var client = ClientFor(user);
        client.DefaultRequestHeaders.Add(ClientIpHeader, ip);
        return client;
    }

    private sealed class ClientIpFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientIpHeader, out var ip)) context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Rate limits per client IP address and per account: 429 with Retry-After and a short localised text.</summary>
public sealed class RateLimitTests(LowRateLimitPortalFactory factory) : IClassFixture<LowRateLimitPortalFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("POST", "/Identity/Account/Login", "", RateLimitCategory.Login)]
    [InlineData("POST", "/Identity/Account/Login/", "", RateLimitCategory.Login)]
    [InlineData("POST", "/identity/account/LOGIN//", "", RateLimitCategory.Login)]
    [InlineData("POST", "/Identity/Account/ForgotPassword/", "", RateLimitCategory.ForgotPassword)]
    [InlineData("POST", "/Identity/Account/LoginWith2fa/", "", RateLimitCategory.TwoFactor)]
    [InlineData("POST", "/Identity/Account/EnrolAuthenticator/", "", RateLimitCategory.TwoFactor)]
    [InlineData("GET", "/Tracks/", "?reference=x", RateLimitCategory.Search)]
    [InlineData("GET", "/Tracks/Index/", "?reference=x", RateLimitCategory.Search)]
    public void Every_spelling_of_a_limited_page_is_limited(string method, string path, string query, RateLimitCategory expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query.Length == 0 ? null : query);

        Assert.Equal(expected, RateLimitSetup.Classify(context.Request));
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_account_are_limited_whatever_the_address()
    {
        var email = $"doelwit-{Guid.NewGuid():N}@example.org";
        var other = $"ander-{Guid.NewGuid():N}@example.org";

        var first = await LoginAsync("10.1.0.1", email);
        var second = await LoginAsync("10.1.0.2", email);
        var third = await LoginAsync("10.1.0.3", email);
        var otherAccount = await LoginAsync("10.1.0.4", other);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        AssertRefused(third);
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
        Assert.Contains("Te veel pogingen", await third.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal); // Dutch by default
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_whatever_the_account()
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) responses.Add(await LoginAsync("10.2.0.1", $"raden-{i}-{Guid.NewGuid():N}@example.org"));
        var otherAddress = await LoginAsync("10.2.0.2", $"raden-{Guid.NewGuid():N}@example.org");

        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(responses[3]);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Forgotten_password_posts_are_limited_per_address()
    {
        var client = factory.ClientFrom("10.3.0.1");
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            // The page has no form (it explains that administrators reset passwords); the limit counts before antiforgery.
            using var content = new FormUrlEncodedContent([new("Input.Email", $"x{i}@example.org")]);
            statuses.Add(await client.PostAsync(new Uri("/Identity/Account/ForgotPassword", UriKind.Relative), content, Ct));
        }

        Assert.All(statuses.Take(2), r => Assert.NotEqual(HttpStatusCode.TooManyRequests, r.StatusCode));
        AssertRefused(statuses[2]);
    }

    [Fact]
    public async Task Codes_on_the_enrolment_page_are_limited_per_account()
    {
        var admin = TestUser.InRole(Roles.Administrator);
        var organisation = await factory.SendAsync(new OrganisationBuilder().Build(), admin);
        var email = $"enrol-{Guid.NewGuid():N}@example.org";
        var userId = await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Enrol", Email = email, OrganisationId = organisation, Role = Roles.Police, InitialPassword = "een-eenmalig-wachtwoord-42",
        }, admin);
        var client = factory.ClientFrom("10.4.0.1");
        await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", "een-eenmalig-wachtwoord-42")]);
        await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", "een-eenmalig-wachtwoord-42"), new("Input.NewPassword", "een lange eigen wachtzin 2026"), new("Input.ConfirmPassword", "een lange eigen wachtzin 2026")]);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
            responses.Add(await client.SubmitAsync("/Identity/Account/EnrolAuthenticator", "#enrol-form", [new("Input.Code", "000000")]));

        Assert.All(responses.Take(2), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(responses[2]);
        Assert.False((await factory.SendAsync(new GetUser.Query(userId), admin))!.TwoFactorEnabled);
    }

    [Fact]
    public async Task Codes_on_the_second_sign_in_step_are_limited_per_account_known_from_the_two_factor_cookie()
    {
        var (email, password, setup) = await NewUserAsync();
        await factory.EnrolAsync(setup);
        var client = factory.ClientFrom("10.6.0.2");
        var first = await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", password)]);
        var secondStep = (AngleSharp.Html.Dom.IHtmlFormElement)(await client.GetDocumentAsync(first.LocationPath()!)).QuerySelector("#two-factor-form")!;

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            // From a new address each time (per-address limit 100): only the account ties the attempts together.
            client.DefaultRequestHeaders.Remove(LowRateLimitPortalFactory.ClientIpHeader);
            client.DefaultRequestHeaders.Add(LowRateLimitPortalFactory.ClientIpHeader, $"10.6.1.{i + 1}");
            responses.Add(await client.SubmitAsync(secondStep, [new("Input.TwoFactorCode", "000000")]));
        }

        // The enrolment's code counted for the same account (the user id): the limit of two is reached with one more.
        Assert.Equal(HttpStatusCode.OK, responses[0].StatusCode);
        AssertRefused(responses[1]);
    }

    [Fact]
    public async Task Searching_is_limited_per_user_but_opening_the_list_without_a_query_is_not()
    {
        var client = factory.ClientFrom("10.5.0.1", TestUser.InRole(Roles.CoMenshaCoordinator));

        var searches = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) searches.Add(await client.GetAsync(new Uri($"/CoMensha/Inbox?page={i + 1}", UriKind.Relative), Ct));
        var plain = await client.GetAsync(new Uri("/CoMensha/Inbox", UriKind.Relative), Ct);

        Assert.All(searches.Take(2), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        AssertRefused(searches[2]);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    /// <summary>A user who has already chosen their own password (so sign-in leads to enrolment or the second step).</summary>
    private async Task<(string Email, string Password, HttpClient Client)> NewUserAsync()
    {
        const string oneTime = "een-eenmalig-wachtwoord-42", own = "een lange eigen wachtzin 2026";
        var admin = TestUser.InRole(Roles.Administrator);
        var organisation = await factory.SendAsync(new OrganisationBuilder().Build(), admin);
        var email = $"code-{Guid.NewGuid():N}@example.org";
        await factory.SendAsync(new CreateUser.Command
        {
            DisplayName = "Code", Email = email, OrganisationId = organisation, Role = Roles.Police, InitialPassword = oneTime,
        }, admin);
        var client = factory.ClientFrom("10.6.0.9");
        await client.SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", oneTime)]);
        await client.SubmitAsync("/Identity/Account/ChangePassword", "#change-password-form",
            [new("Input.OldPassword", oneTime), new("Input.NewPassword", own), new("Input.ConfirmPassword", own)]);
        return (email, own, client);
    }

    private Task<HttpResponseMessage> LoginAsync(string ip, string email) =>
        factory.ClientFrom(ip).SubmitAsync("/Identity/Account/Login", "#login-form", [new("Input.Email", email), new("Input.Password", "een verkeerd wachtwoord")]);

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }
}
