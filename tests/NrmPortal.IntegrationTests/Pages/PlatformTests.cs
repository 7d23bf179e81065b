using System.Net;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>Health checks, headers, antiforgery, error pages and the language switch.</summary>
[Collection(PortalCollection.Name)]
public sealed class PlatformTests(PortalFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_signing_in(string path)
    {
        var response = await factory.ClientFor(null).GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Pages_send_security_headers_no_store_and_no_server_header()
    {
        var response = await factory.ClientFor(TestUser.InRole(Roles.Administrator)).GetAsync(new Uri("/Admin/Organisations", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Server"));
        Assert.True(response.Headers.Contains("X-Correlation-ID"));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var content = new FormUrlEncodedContent([new("Input.Name", "Zonder token"), new("Input.Type", "Other")]);

        var response = await factory.ClientFor(TestUser.InRole(Roles.Administrator)).PostAsync(new Uri("/Admin/Organisations/Create", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Organisations, o => o.Name == "Zonder token", Ct)));
    }

    [Fact]
    public async Task The_not_found_page_shows_a_reference_and_nothing_else()
    {
        var response = await factory.ClientFor(TestUser.InRole(Roles.Administrator)).GetAsync(new Uri($"/Admin/Users/Details/{Guid.NewGuid()}", UriKind.Relative), Ct);
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(document.TextOf("#correlation-id")));
        Assert.DoesNotContain("Exception", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_database_is_gone_pages_fail_with_a_generic_page_and_a_reference_only()
    {
        await using var broken = new PortalFactory();
        await broken.InitializeAsync();
        broken.RemoveDatabase();

        var page = await broken.ClientFor(TestUser.InRole(Roles.Administrator)).GetAsync(new Uri("/Admin/Organisations", UriKind.Relative), Ct);
        var ready = await broken.ClientFor(null).GetAsync(new Uri("/health/ready", UriKind.Relative), Ct);
        var body = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await HtmlForms.ParseAsync(page)).TextOf("#correlation-id")));
        foreach (var leak in new[] { "Exception", "Sqlite", " at ", ".cs:", "nrm.db" })
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Theory]
    [InlineData("/Error?statusCode=0", 500)]
    [InlineData("/Error?statusCode=1000", 500)]
    [InlineData("/Error?statusCode=abc", 500)]
    [InlineData("/Identity/Account/LoginWith2fa", 302)]
    [InlineData("/Identity/Account/LoginWithRecoveryCode", 302)]
    [InlineData("/Identity/Account/RegisterConfirmation?email=admin@it.nrm.local", 404)]
    [InlineData("/Identity/Account/ResendEmailConfirmation", 404)]
    [InlineData("/Identity/Account/ResetPassword?code=x", 404)]
    [InlineData("/Identity/Account/Login?ReturnUrl=https://evil.example/", 200)]
    public async Task Public_pages_answer_odd_requests_without_failing_or_revealing_accounts(string url, int expected)
    {
        var response = await factory.ClientFor(null).GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 500) Assert.False(string.IsNullOrWhiteSpace((await HtmlForms.ParseAsync(response)).TextOf("#correlation-id")));
        if (expected == 302) Assert.StartsWith("/Identity/Account/Login", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_never_redirects_to_another_site()
    {
        var response = await factory.ClientFor(null).SubmitAsync("/Identity/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F", "#login-form",
            [new("Input.Email", "admin@it.nrm.local"), new("Input.Password", PortalFactory.AdminPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dutch_is_the_default_language_and_the_switch_remembers_English()
    {
        var client = factory.ClientFor(null);

        var dutch = await client.GetDocumentAsync("/Identity/Account/Login");
        var switched = await client.SubmitAsync("/Identity/Account/Login", "#language-form", [new("culture", "en-GB")]);
        var english = await client.GetDocumentAsync("/Identity/Account/Login");

        Assert.Equal("nl", dutch.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Inloggen", dutch.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", english.QuerySelector("h1")!.TextContent.Trim());
    }
}
