using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.Web.Infrastructure;

/// <summary>The signed-in user, read from the authentication cookie's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, IOptionsMonitor<CookieAuthenticationOptions> cookieOptions) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => ParseGuid(Principal?.FindFirstValue(ClaimTypes.NameIdentifier));

    public string? Role => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Role) : null;

    public Guid? OrganisationId => ParseGuid(Principal?.FindFirstValue(NrmClaimTypes.OrganisationId));

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    public string? SessionKey => IsAuthenticated && accessor.HttpContext is { } context
        ? FreshSessionOnSignInMiddleware.SessionKeyOf(context, cookieOptions.Get(IdentityConstants.ApplicationScheme))
        : null;

    private Guid? ParseGuid(string? value) => IsAuthenticated && Guid.TryParse(value, out var id) ? id : null;
}
