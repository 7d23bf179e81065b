using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>Adds the user's organisation, display name, sign-in time and the forced-password-change and forced-enrolment flags to the cookie.</summary>
public sealed class NrmUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole<Guid>> roleManager, IOptions<IdentityOptions> options, TimeProvider clock)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NrmClaimTypes.OrganisationId, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(NrmClaimTypes.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(NrmClaimTypes.SignedInAt, clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.MustChangePassword) identity.AddClaim(new Claim(NrmClaimTypes.MustChangePassword, "true"));
        if (!user.TwoFactorEnabled) identity.AddClaim(new Claim(NrmClaimTypes.MustEnrolTwoFactor, "true"));
        return identity;
    }
}
