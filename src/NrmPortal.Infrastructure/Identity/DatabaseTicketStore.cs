using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Infrastructure.Persistence;

namespace NrmPortal.Infrastructure.Identity;

/// <summary>
/// Keeps the Identity cookie's authentication tickets in the database (<see cref="UserSession"/>), so that the cookie holds
/// only a random session key and a session can be ended on the server at once: on sign-out, and by
/// <see cref="ISessionRevoker"/> when an administrator locks an account or changes its access. A singleton (the cookie
/// options hold it), so every call uses its own scope and database context. Rows are written with bulk statements or, for a
/// new session, a save that the audit interceptor skips: session rows are technical, like the Data Protection keys.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock,
    ILogger<DatabaseTicketStore> logger) : ITicketStore
{
    private const string Purpose = "NrmPortal.UserSession.Ticket.v1";
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromMinutes(15);

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var userIdClaim = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(userIdClaim, out var userId)) throw new InvalidOperationException("A session needs the user's id.");

        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Housekeeping: sessions that expired without a sign-out are removed when a new one starts.
        await db.Set<UserSession>().Where(s => s.ExpiresAtUtc <= now).ExecuteDeleteAsync();
        db.Add(new UserSession
        {
            Id = Hash(key),
            UserId = userId,
            CreatedAtUtc = now,
            LastSeenUtc = now,
            ExpiresAtUtc = ExpiryOf(ticket, now),
            Ticket = Protect(ticket),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Hash(key);
        var expires = ExpiryOf(ticket, now);
        var protectedTicket = Protect(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // An update only: a session ended meanwhile (revoked, signed out) is not brought back.
        await db.Set<UserSession>().Where(s => s.Id == id && s.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(setters => setters
                .SetProperty(s => s.Ticket, protectedTicket)
                .SetProperty(s => s.ExpiresAtUtc, expires)
                .SetProperty(s => s.LastSeenUtc, now));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.Set<UserSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        if (session is null) return null;
        if (session.ExpiresAtUtc <= now)
        {
            await db.Set<UserSession>().Where(s => s.Id == id).ExecuteDeleteAsync();
            return null;
        }
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            logger.LogWarning("A stored session could not be decrypted and is ended");
            await db.Set<UserSession>().Where(s => s.Id == id).ExecuteDeleteAsync();
            return null;
        }
    }

    public async Task RemoveAsync(string key)
    {
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<UserSession>().Where(s => s.Id == id).ExecuteDeleteAsync();
    }

    /// <summary>The row's id for a cookie's session key: a leaked table gives no usable cookies.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static DateTime ExpiryOf(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + FallbackLifetime;
}

/// <inheritdoc cref="ISessionRevoker"/>
public sealed class SessionRevoker(AppDbContext db) : ISessionRevoker
{
    public Task<int> RevokeAllAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> RevokeOthersAsync(Guid userId, string? keepSessionKey, CancellationToken cancellationToken)
    {
        var kept = keepSessionKey is null ? "" : DatabaseTicketStore.Hash(keepSessionKey);
        return db.Set<UserSession>().Where(s => s.UserId == userId && s.Id != kept).ExecuteDeleteAsync(cancellationToken);
    }
}
