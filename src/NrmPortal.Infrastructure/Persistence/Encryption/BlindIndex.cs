using System.Security.Cryptography;
using System.Text;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// The blind index of a name: HMAC-SHA256 under <c>Encryption:BlindIndexKey</c> over the UTF-8 of the normalised name
/// (<see cref="NameNormaliser"/>: lowercase, diacritics removed, spacing and punctuation collapsed), truncated to 128 bits,
/// lowercase hex. Deterministic on purpose (equal names give equal indexes, which is what makes matching possible), so the
/// key is not a rotating Data Protection key: see docs/operations.md for why and how it is replaced.
/// </summary>
public sealed class BlindIndex : INameIndex
{
    public const int MinimumKeyBytes = 32;
    private const int TruncatedBytes = VictimName.NameIndexLength / 2;

    private readonly byte[] _key;

    public BlindIndex(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes) throw new ArgumentException($"The blind-index key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        _key = (byte[])key.Clone();
    }

    public string? Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = NameNormaliser.Normalise(name);
        if (normalised.Length == 0) return null;
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised), hash);
        return Convert.ToHexStringLower(hash[..TruncatedBytes]);
    }
}
