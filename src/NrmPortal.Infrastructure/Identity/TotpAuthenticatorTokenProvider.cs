using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>
/// The authenticator-app provider, replacing Identity's (which accepts ±2 steps and the same code again): a code is valid
/// only for the current 30-second step or the one before or after, and only for a step later than the last one accepted
/// for the user. Recording the step is one conditional UPDATE, so two requests racing with the same code cannot both win.
/// </summary>
public sealed partial class TotpAuthenticatorTokenProvider(AppDbContext db, TimeProvider clock, ILogger<TotpAuthenticatorTokenProvider> logger)
    : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "NrmTotp";

    /// <summary>How many steps before or after the current one are accepted (clock drift, typing time).</summary>
    public const int AllowedDriftSteps = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Codes come from the user's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var keyBytes = string.IsNullOrWhiteSpace(key) ? null : TotpCode.FromBase32(key);
        if (keyBytes is null || token is not { Length: 6 } || !token.All(char.IsAsciiDigit)) return false;

        var now = TotpCode.TimeStep(clock.GetUtcNow());
        long? matched = null;
        for (var step = now - AllowedDriftSteps; step <= now + AllowedDriftSteps; step++)
        {
            // Compare every step in constant time, so timing does not tell which step matched.
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(TotpCode.Compute(keyBytes, step)), Encoding.ASCII.GetBytes(token)))
                matched ??= step;
        }
        if (matched is not { } accepted)
        {
            LogRefused(logger, user.Id);
            return false;
        }

        var recorded = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < accepted))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpTimeStep, accepted));
        if (recorded == 0)
        {
            LogReplay(logger, user.Id);
            return false;
        }
        // Keep a tracked user in step with the row, without marking the column as changed.
        user.LastTotpTimeStep = accepted;
        if (db.Entry(user) is { State: not EntityState.Detached } entry) entry.Property(u => u.LastTotpTimeStep).OriginalValue = accepted;
        return true;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Authenticator code refused for user {UserId}: wrong or outside the time window")]
    private static partial void LogRefused(ILogger logger, Guid userId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Authenticator code refused for user {UserId}: its time step was used before (replay)")]
    private static partial void LogReplay(ILogger logger, Guid userId);
}
