using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>
/// Authenticates a request from test headers, so page tests can act as any role without a login round-trip.
/// Without the headers the request is anonymous and the Identity cookie scheme challenges as in production.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RoleHeader = "X-Test-Role";
    public const string OrganisationHeader = "X-Test-Organisation";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var userId)) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
            new Claim(ClaimTypes.Name, "test@" + userId),
            new Claim(ClaimTypes.Role, Request.Headers[RoleHeader].ToString()),
            new Claim(NrmClaimTypes.OrganisationId, Request.Headers[OrganisationHeader].ToString()),
            new Claim(NrmClaimTypes.DisplayName, "Test user"),
        ], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
