using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>
/// Identity's user manager, except that generating an authenticator key and switching two-factor on or off do not renew
/// the security stamp. The packaged self-service pages make these changes without refreshing the user's cookie, so with the
/// portal's one-minute stamp validation the user would be signed out while scanning the code, or before seeing the
/// recovery codes. Where sessions must end (an administrator's two-factor reset) <see cref="UserAdministration"/> renews
/// the stamp explicitly.
/// </summary>
public sealed class NrmUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ResetAuthenticatorKeyAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Store is not IUserAuthenticatorKeyStore<AppUser> keys) throw new NotSupportedException("The user store keeps no authenticator keys.");
        await keys.SetAuthenticatorKeyAsync(user, GenerateNewAuthenticatorKey(), CancellationToken);
        return await UpdateAsync(user);
    }

    public override async Task<IdentityResult> SetTwoFactorEnabledAsync(AppUser user, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Store is not IUserTwoFactorStore<AppUser> twoFactor) throw new NotSupportedException("The user store keeps no two-factor settings.");
        await twoFactor.SetTwoFactorEnabledAsync(user, enabled, CancellationToken);
        return await UpdateAsync(user);
    }
}
