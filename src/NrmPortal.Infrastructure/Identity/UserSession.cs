namespace NrmPortal.Infrastructure.Identity;

/// <summary>
/// A signed-in session, kept on the server (ASVS 7.2.4, 7.4.1): the session cookie holds only a random key, whose SHA-256
/// hash is <see cref="Id"/>. Deleting the row ends the session at the user's next request. The authentication ticket (claims)
/// is stored serialised and encrypted with Data Protection; the table is not audited, like the Data Protection keys.
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 64;

    /// <summary>Lower-case hex SHA-256 of the key in the cookie; the key itself is not stored.</summary>
    public string Id { get; set; } = "";

    public Guid UserId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }

    /// <summary>The idle expiry of the session (sliding; renewed with the cookie).</summary>
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>The serialised authentication ticket, protected with Data Protection.</summary>
    public byte[] Ticket { get; set; } = [];
}
