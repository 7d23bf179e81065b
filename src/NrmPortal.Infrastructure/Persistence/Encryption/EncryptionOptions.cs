namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>Configuration section <c>Encryption</c>.</summary>
public sealed class EncryptionOptions
{
    public const string SectionName = "Encryption";

    /// <summary>
    /// Base64 of at least 32 random bytes: the HMAC key of the blind indexes. Required outside Development and Testing;
    /// supply it from a secret store or the environment (<c>Encryption__BlindIndexKey</c>), never from appsettings.json.
    /// </summary>
    public string? BlindIndexKey { get; set; }

    /// <summary>Runs <see cref="FieldEncryptionBackfill"/> at start-up (default true; it does nothing once every row is encrypted).</summary>
    public bool BackfillOnStartup { get; set; } = true;
}
