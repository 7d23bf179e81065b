using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>
/// The security headers on every page of the route table (not a hand-kept list), anonymous and as a role that may open it,
/// whatever the answer (page, redirect, not found): CSP without inline code and not frameable, nosniff, no referrer,
/// permissions off, no Server header, and no-store for signed-in users. HSTS is checked in the Production environment.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HeaderTests(PortalFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_sends_the_security_headers_anonymous_and_signed_in()
    {
        var pages = Pages(factory);
        var failures = new List<string>();

        foreach (var (page, url) in pages)
        {
            var anonymous = await factory.ClientFor(null).GetAsync(new Uri(url, UriKind.Relative), Ct);
            failures.AddRange(Problems(anonymous, signedIn: false).Select(p => $"{page} (anonymous, {(int)anonymous.StatusCode}): {p}"));

            if (PageAccessTests.ExpectedRoles(page) is not [var role, ..]) continue;
            var signedIn = await factory.ClientFor(TestUser.InRole(role)).GetAsync(new Uri(url, UriKind.Relative), Ct);
            failures.AddRange(Problems(signedIn, signedIn: true).Select(p => $"{page} ({role}, {(int)signedIn.StatusCode}): {p}"));
        }

        Assert.True(pages.Count > 10, "The route table should list the portal's pages.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Static_files_and_health_checks_send_the_security_headers_too()
    {
        foreach (var url in new[] { "/css/site.css", "/js/idle-timeout.js", "/health/live", "/does-not-exist" })
        {
            var response = await factory.ClientFor(null).GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.True(Problems(response, signedIn: false).Count == 0, url + ": " + string.Join("; ", Problems(response, signedIn: false)));
        }
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts_for_a_year_with_subdomains()
    {
        await using var production = new ProductionPortalFactory();
        await production.InitializeAsync();
        // UseHsts leaves out localhost, so ask for the portal under a real host name.
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://nrm.example.org") });

        foreach (var url in new[] { "/Identity/Account/Login", "/", "/health/live" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            var hsts = string.Join(",", response.Headers.GetValues("Strict-Transport-Security"));
            var maxAge = long.Parse(System.Text.RegularExpressions.Regex.Match(hsts, @"max-age=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(maxAge >= 31_536_000, $"{url}: {hsts}");
            Assert.Contains("includeSubDomains", hsts, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(Problems(response, signedIn: false));
        }
    }

    /// <summary>What is wrong with a response's headers; empty when nothing is.</summary>
    internal static List<string> Problems(HttpResponseMessage response, bool signedIn)
    {
        var problems = new List<string>();
        string? Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

        var csp = Header("Content-Security-Policy");
        if (csp is null) problems.Add("no Content-Security-Policy");
        else
        {
            if (csp.Contains("unsafe-inline", StringComparison.Ordinal) || csp.Contains("unsafe-eval", StringComparison.Ordinal)) problems.Add("CSP allows inline code: " + csp);
            if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal)) problems.Add("CSP lets the page be framed: " + csp);
            if (!csp.Contains("default-src 'self'", StringComparison.Ordinal) || !csp.Contains("object-src 'none'", StringComparison.Ordinal)) problems.Add("CSP too open: " + csp);
        }
        if (Header("X-Content-Type-Options") != "nosniff") problems.Add("X-Content-Type-Options is not nosniff");
        if (Header("Referrer-Policy") != "no-referrer") problems.Add("Referrer-Policy is not no-referrer");
        if (Header("X-Frame-Options") != "DENY") problems.Add("X-Frame-Options is not DENY");
        if (Header("Cross-Origin-Opener-Policy") != "same-origin") problems.Add("Cross-Origin-Opener-Policy is not same-origin");
        var permissions = Header("Permissions-Policy");
        if (permissions is null || !permissions.Contains("camera=()", StringComparison.Ordinal) || !permissions.Contains("geolocation=()", StringComparison.Ordinal))
            problems.Add("Permissions-Policy does not switch off camera and geolocation: " + permissions);
        if (Header("Server") is not null) problems.Add("a Server header");
        if (signedIn && Header("Cache-Control")?.Contains("no-store", StringComparison.Ordinal) != true) problems.Add("signed in, but not no-store: " + Header("Cache-Control"));
        return problems;
    }

    /// <summary>Every Razor page in the route table, with a URL to request (a random id where the route has one).</summary>
    internal static List<(string Page, string Url)> Pages(PortalFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(e => e.Descriptor is not null)
            .Select(e => (Page: (e.Descriptor!.AreaName is null ? "" : "/" + e.Descriptor.AreaName) + e.Descriptor.ViewEnginePath,
                Url: System.Text.RegularExpressions.Regex.Replace("/" + e.Endpoint.RoutePattern.RawText?.TrimStart('/'), @"\{[^}]+\}", Guid.NewGuid().ToString())))
            .DistinctBy(p => p.Page)
            .OrderBy(p => p.Page, StringComparer.Ordinal)
            .ToList();

    private sealed class ProductionPortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            // Production refuses to start without a certificate for the key ring (see FieldEncryptionStartupTests).
            builder.UseDataProtectionCertificate(Path.GetDirectoryName(DatabasePath)!);
        }
    }
}
