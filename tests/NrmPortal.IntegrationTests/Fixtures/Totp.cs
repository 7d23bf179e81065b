using System.Security.Cryptography;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>RFC 6238 codes (HMAC-SHA1, 30-second steps, 6 digits) from a Base32 key, as an authenticator app computes them.</summary>
public static class Totp
{
    /// <summary>The code an app shows at <paramref name="now"/> for <paramref name="base32Key"/>.</summary>
    public static string Code(string base32Key, DateTimeOffset now)
    {
        var counter = now.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian) Array.Reverse(message);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this mirrors them, it protects nothing
        var hash = HMACSHA1.HashData(FromBase32(base32Key), message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The 30-second step <paramref name="now"/> falls in (a code is accepted once per step).</summary>
    public static long Step(DateTimeOffset now) => now.ToUnixTimeSeconds() / 30;

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
