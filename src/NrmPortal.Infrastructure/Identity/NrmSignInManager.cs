using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>
/// Users of a deactivated organisation cannot sign in (their sessions end when the organisation is deactivated). No browser
/// is ever remembered for two-factor authentication: every sign-in asks for a code, whatever cookie the browser sends.
/// </summary>
public sealed class NrmSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    AppDbContext db)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        if (!await base.CanSignInAsync(user)) return false;
        return await db.Organisations.AnyAsync(o => o.Id == user.OrganisationId && o.IsActive);
    }

    public override Task<bool> IsTwoFactorClientRememberedAsync(AppUser user) => Task.FromResult(false);

    public override Task RememberTwoFactorClientAsync(AppUser user) => Task.CompletedTask;
}
