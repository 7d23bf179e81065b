using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// Encrypts the sensitive text fields at rest (names, aliases, whereabouts, accounts, care notes, a shelter's confidential
/// address) with ASP.NET Core Data Protection: AES-256-CBC with HMAC-SHA256 (authenticated), keys from the key ring in the
/// database, rotated every <see cref="DataProtectionSetup.DefaultKeyLifetime"/>. A stored value is
/// <see cref="Prefix"/> + the protected payload; a value without the prefix is legacy plaintext (written before encryption
/// was introduced) and is returned as it is until <see cref="FieldEncryptionBackfill"/> has encrypted it.
/// </summary>
public class FieldProtector
{
    /// <summary>The Data Protection purpose: a protector for another purpose cannot read these values, and vice versa.</summary>
    public const string Purpose = "NrmPortal.FieldEncryption.v1";

    /// <summary>Marks an encrypted value (format version 1).</summary>
    public const string Prefix = "enc:v1:";

    /// <summary>Data Protection's fixed overhead in bytes: magic header (4), key id (16), key modifier (16), IV (16), HMAC-SHA256 (32).</summary>
    public const int PayloadOverheadBytes = 84;

    private readonly IDataProtector? _protector;

    public FieldProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
    }

    private FieldProtector() { }

    /// <summary>
    /// For the design-time factories (dotnet-ef builds the model, it never reads or writes rows): the model gets its
    /// converters and column lengths, and any attempt to encrypt or decrypt fails.
    /// </summary>
    public static FieldProtector ForDesignTime() => DesignTime;

    private static readonly FieldProtector DesignTime = new();

    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    public string Protect(string plaintext) => Prefix + Protector.Protect(plaintext);

    /// <summary>
    /// The plaintext of a stored value. A value without the prefix is returned unchanged (legacy plaintext). A value whose
    /// payload fails its integrity check (changed in the database, or encrypted under a key that is no longer in the key
    /// ring) throws: never a silently wrong value.
    /// </summary>
    public string Unprotect(string stored)
    {
        if (!IsProtected(stored)) return stored;
        try
        {
            return Protector.Unprotect(stored[Prefix.Length..]);
        }
        catch (CryptographicException exception)
        {
            throw new FieldDecryptionException(exception);
        }
    }

    /// <summary>
    /// The longest stored value for a plaintext of at most <paramref name="plaintextMaxLength"/> characters: UTF-8 takes
    /// at most 3 bytes per UTF-16 character (B = 3n), AES-CBC pads to whole 16-byte blocks (16·(⌊B/16⌋+1)), the payload adds
    /// <see cref="PayloadOverheadBytes"/>, base64url without padding takes ⌈4P/3⌉ characters, and the prefix adds 7.
    /// </summary>
    public static int StoredMaxLength(int plaintextMaxLength)
    {
        var bytes = 3L * plaintextMaxLength;
        var payload = PayloadOverheadBytes + 16 * (bytes / 16 + 1);
        return checked((int)(Prefix.Length + (4 * payload + 2) / 3));
    }

    private IDataProtector Protector => _protector
        ?? throw new InvalidOperationException("This model was built for design time (migrations); it cannot encrypt or decrypt.");
}

/// <summary>A protected field could not be decrypted: its value was changed in the database, or its key is gone from the key ring.</summary>
public sealed class FieldDecryptionException(CryptographicException inner)
    : CryptographicException("A protected field could not be decrypted: it was altered in the database, or the key that encrypted it is no longer in the key ring.", inner);
