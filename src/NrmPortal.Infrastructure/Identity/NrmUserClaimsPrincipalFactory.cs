using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>Adds the user's organisation, display name, sign-in time and the forced-password-change and forced-enrolment flags to the cookie.</summary>
public sealed class NrmUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options, TimeProvider clock,
    IHttpContextAccessor httpContext)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NrmClaimTypes.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(NrmClaimTypes.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(NrmClaimTypes.SignedInAt, SignedInAt(user)));
        if (user.MustChangePassword) identity.AddClaim(new Claim(NrmClaimTypes.MustChangePassword, "true"));
        if (!user.TwoFactorEnabled) identity.AddClaim(new Claim(NrmClaimTypes.MustEnrolTwoFactor, "true"));
        return identity;
    }

    /// <summary>
    /// A refresh of the same user's sign-in (after enrolment or a password change) keeps the original sign-in time, so the
    /// 12-hour limit cannot be restarted; a real sign-in arrives without the session cookie and starts the clock afresh.
    /// </summary>
    private string SignedInAt(AppUser user)
    {
        var current = httpContext.HttpContext?.User;
        if (current?.FindFirst(NrmClaimTypes.SignedInAt) is { } signedIn
            && string.Equals(current.FindFirstValue(ClaimTypes.NameIdentifier), user.Id.ToString(), StringComparison.OrdinalIgnoreCase))
            return signedIn.Value;
        return clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
