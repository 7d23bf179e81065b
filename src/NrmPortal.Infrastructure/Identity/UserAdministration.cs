using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.Infrastructure.Identity;

/// <inheritdoc cref="IUserAdministration"/>
public sealed partial class UserAdministration(AppDbContext db, UserManager<AppUser> userManager, ISessionRevoker sessions, TimeProvider clock,
    ILogger<UserAdministration> logger, ICurrentUser currentUser) : IUserAdministration
{
    public IQueryable<UserAccount> Accounts =>
        from user in db.Users.AsNoTracking()
        select new UserAccount
        {
            Id = user.Id,
            Email = user.Email ?? "",
            NormalizedEmail = user.NormalizedEmail ?? "",
            DisplayName = user.DisplayName,
            OrganisationId = user.OrganisationId,
            OrganisationName = user.Organisation!.Name,
            Role = (from userRole in db.UserRoles
                    join role in db.Roles on userRole.RoleId equals role.Id
                    where userRole.UserId == user.Id
                    select role.Name).FirstOrDefault(),
            LockoutEnd = user.LockoutEnd,
            TwoFactorEnabled = user.TwoFactorEnabled,
            MustChangePassword = user.MustChangePassword,
            ConcurrencyStamp = user.ConcurrencyStamp ?? "",
        };

    public async Task<Guid> CreateAsync(NewUserAccount account, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            OrganisationId = account.OrganisationId,
            MustChangePassword = true,
            LockoutEnabled = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        ThrowIfFailed(await userManager.CreateAsync(user, account.InitialPassword), nameof(NewUserAccount.InitialPassword));
        ThrowIfFailed(await userManager.AddToRoleAsync(user, account.Role), nameof(NewUserAccount.Role));
        return user.Id;
    }

    public async Task UpdateAsync(Guid userId, string concurrencyStamp, string email, string displayName, Guid organisationId, string role,
        CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        if (!string.Equals(user.ConcurrencyStamp, concurrencyStamp, StringComparison.Ordinal))
            throw new ConcurrencyConflictException(new InvalidOperationException("Stale concurrency stamp."));

        var currentRoles = await userManager.GetRolesAsync(user);
        var accessChanged = user.OrganisationId != organisationId || currentRoles.Count != 1 || currentRoles[0] != role;

        user.DisplayName = displayName;
        user.OrganisationId = organisationId;
        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            ThrowIfFailed(await userManager.SetEmailAsync(user, email), "Email");
            ThrowIfFailed(await userManager.SetUserNameAsync(user, email), "Email");
            user.EmailConfirmed = true;
        }
        if (accessChanged)
        {
            ThrowIfFailed(await userManager.RemoveFromRolesAsync(user, currentRoles), "Role");
            ThrowIfFailed(await userManager.AddToRoleAsync(user, role), "Role");
            // Authorisation changes take effect at once (ASVS 8.3.2): the stamp change ends existing sessions.
            ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user), "");
            await sessions.RevokeAllAsync(user.Id, cancellationToken); // and the server-side sessions end at once
        }
        ThrowIfFailed(await userManager.UpdateAsync(user), "");
    }

    public async Task SetLockedAsync(Guid userId, bool locked, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        ThrowIfFailed(await userManager.SetLockoutEnabledAsync(user, true), "");
        ThrowIfFailed(await userManager.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null), "");
        if (!locked) ThrowIfFailed(await userManager.ResetAccessFailedCountAsync(user), "");
        ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user), "");
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
    }

    public async Task ResetTwoFactorAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        ThrowIfFailed(await userManager.SetTwoFactorEnabledAsync(user, false), "");
        ThrowIfFailed(await userManager.ResetAuthenticatorKeyAsync(user), "");
        await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // the old recovery codes go with the old app
        // Codes of the new key start afresh (the column is written only by conditional updates, see AppDbContext).
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpTimeStep, (long?)null), cancellationToken);
        // Ends the user's sessions; at the next sign-in the user has no two-factor and must enrol a new app first.
        ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user), "");
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
        LogTwoFactorReset(logger, userId);
    }

    public async Task ChangeOwnPasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var result = await userManager.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            throw new RequestValidationException("OldPassword", Application.Features.Account.ChangeOwnPassword.WrongCurrentPassword);
        ThrowIfFailed(result, "NewPassword");
        user.MustChangePassword = false;
        ThrowIfFailed(await userManager.UpdateAsync(user), "");
        // A changed password ends the user's other sessions at once (perhaps someone else's, with the old password); this one stays.
        await sessions.RevokeOthersAsync(user.Id, currentUser.UserId == user.Id ? currentUser.SessionKey : null, cancellationToken);
    }

    public async Task ResetPasswordAsync(Guid userId, string oneTimePassword, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        ThrowIfFailed(await userManager.ResetPasswordAsync(user, token, oneTimePassword), "OneTimePassword"); // also renews the security stamp
        user.MustChangePassword = true;
        ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user), "");
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
    }

    public async Task EndSessionsOfOrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var users = await db.Users.Where(u => u.OrganisationId == organisationId).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user), "");
            await sessions.RevokeAllAsync(user.Id, cancellationToken);
        }
    }

    public async Task EndSessionsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user), "");
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
    }

    private async Task<AppUser> FindAsync(Guid userId) =>
        await userManager.FindByIdAsync(userId.ToString()) ?? throw new NotFoundException("User", userId);

    private static void ThrowIfFailed(IdentityResult result, string propertyName)
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            throw new ConcurrencyConflictException(new InvalidOperationException("Identity concurrency failure."));
        var field = result.Errors.Any(e => e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal))
            ? "Email"
            : propertyName;
        throw new RequestValidationException(result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(field, e.Description)));
    }

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Two-factor authentication of user {UserId} reset by an administrator; the user must enrol again")]
    private static partial void LogTwoFactorReset(ILogger logger, Guid userId);
}
