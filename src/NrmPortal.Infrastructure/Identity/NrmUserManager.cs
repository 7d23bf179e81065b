using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with one change: generating a new authenticator key does not renew the security stamp.
/// The packaged enrolment page creates the key when it is opened and does not refresh the cookie, so with the portal's
/// one-minute stamp validation the user would be signed out while scanning the code. Where sessions must end (an
/// administrator's two-factor reset) <see cref="UserAdministration"/> renews the stamp explicitly.
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
}
