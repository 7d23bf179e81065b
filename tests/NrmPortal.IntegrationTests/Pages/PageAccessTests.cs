using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>
/// Every page in the app's route table (not a hand-kept list of pages) is checked: anonymous users are sent to the login page
/// unless the page is deliberately public, and every role outside the page's row of the expectation table is refused.
/// A new page without a row makes <see cref="Every_page_has_an_access_expectation"/> fail.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PageAccessTests(PortalFactory factory)
{
    /// <summary>Pages anyone may open. Each is public on purpose: signing in, errors, the language switch.</summary>
    internal static readonly string[] PublicPages =
    [
        "/Error", "/Identity/Error", "/Language",
        "/Identity/Account/Login", "/Identity/Account/Logout", "/Identity/Account/Register", "/Identity/Account/RegisterConfirmation",
        "/Identity/Account/LoginWith2fa", "/Identity/Account/LoginWithRecoveryCode", "/Identity/Account/Lockout",
        "/Identity/Account/AccessDenied", "/Identity/Account/ForgotPassword", "/Identity/Account/ForgotPasswordConfirmation",
        "/Identity/Account/ResetPassword", "/Identity/Account/ResetPasswordConfirmation", "/Identity/Account/ConfirmEmail",
        "/Identity/Account/ConfirmEmailChange", "/Identity/Account/ResendEmailConfirmation", "/Identity/Account/ExternalLogin",
    ];

    /// <summary>Who may open the other pages: the first matching prefix decides.</summary>
    private static readonly (string Prefix, string[] Roles)[] Expectations =
    [
        ("/Admin/", [Roles.Administrator]),
        ("/Signals/", [.. Roles.Reporters]),
        ("/CoMensha/", [Roles.CoMenshaCoordinator]),
        ("/Tracks/", [Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator]),
        ("/Shelter/", [Roles.CoMenshaCoordinator, Roles.CareWorker]),
        ("/Referrals/Create", [Roles.CareWorker, Roles.CoMenshaCoordinator]),
        ("/Referrals/", [Roles.CareWorker, Roles.CoMenshaCoordinator, Roles.Police, Roles.Ind, Roles.Coa]),
        ("/Deadlines/", [Roles.Police, Roles.Ind, Roles.CoMenshaCoordinator, Roles.Coa, Roles.CareWorker]),
        ("/Coa/", [Roles.Coa]),
        ("/Privacy/", [Roles.PrivacyOfficer]),
        ("/Identity/Account/Manage", [.. Roles.All]),
        ("/Identity/Account/ChangePassword", [.. Roles.All]),
        ("/Identity/Account/EnrolAuthenticator", [.. Roles.All]),
        ("/Index", [.. Roles.All]),
        ("/Session/", [.. Roles.All]),
    ];

    [Fact]
    public void Every_page_has_an_access_expectation()
    {
        var pages = DiscoverPages();

        var uncovered = pages.Where(p => !PublicPages.Contains(p) && ExpectedRoles(p) is null).ToList();

        Assert.True(pages.Count > 10, "The route table should list the portal's pages.");
        Assert.True(uncovered.Count == 0, "Pages without an access expectation: " + string.Join(", ", uncovered));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_login_from_every_non_public_page()
    {
        var client = factory.ClientFor(null);
        var failures = new List<string>();

        foreach (var page in DiscoverPages().Where(p => !PublicPages.Contains(p)))
        {
            var response = await client.GetAsync(new Uri(UrlFor(page), UriKind.Relative), TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.Redirect || response.LocationPath()?.StartsWith("/Identity/Account/Login", StringComparison.Ordinal) != true)
                failures.Add($"{page}: {(int)response.StatusCode} {response.LocationPath()}");
        }

        Assert.True(failures.Count == 0, "Reachable without signing in: " + string.Join("; ", failures));
    }

    [Fact]
    public async Task Every_role_outside_a_pages_expectation_is_refused_and_every_role_inside_is_let_in()
    {
        var failures = new List<string>();
        foreach (var role in Roles.All)
        {
            var client = factory.ClientFor(TestUser.InRole(role));
            foreach (var page in DiscoverPages().Where(p => !PublicPages.Contains(p)))
            {
                var allowed = ExpectedRoles(page)!.Contains(role);
                var response = await client.GetAsync(new Uri(UrlFor(page), UriKind.Relative), TestContext.Current.CancellationToken);
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.LocationPath()?.StartsWith("/Identity/Account/AccessDenied", StringComparison.Ordinal) == true);
                // An allowed role may get 404 for the random id in the URL, or a redirect from a page that needs a real account.
                if (allowed == refused) failures.Add($"{role} on {page}: {(int)response.StatusCode} {response.LocationPath()} (allowed: {allowed})");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private List<string> DiscoverPages()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        return endpoints.OfType<RouteEndpoint>()
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>())
            .Where(d => d is not null)
            .Select(d => (d!.AreaName is null ? "" : "/" + d.AreaName) + d.ViewEnginePath)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    internal static string[]? ExpectedRoles(string page) =>
        Expectations.FirstOrDefault(e => page.StartsWith(e.Prefix, StringComparison.Ordinal)).Roles;

    /// <summary>Pages with an {id} route get a random id: access is decided before the page looks the id up.</summary>
    private string UrlFor(string page)
    {
        var endpoint = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { } d && (d.AreaName is null ? "" : "/" + d.AreaName) + d.ViewEnginePath == page);
        var template = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
        return System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", Guid.NewGuid().ToString());
    }
}
