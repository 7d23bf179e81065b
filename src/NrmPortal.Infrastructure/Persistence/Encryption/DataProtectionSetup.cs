using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// The Data Protection key ring (cookies, antiforgery, reset tokens and <see cref="FieldProtector"/>) and the blind-index
/// key. Keys live in the database (<c>DataProtectionKeys</c>) under one application name, so every instance shares them.
/// Outside Development and Testing the portal refuses to start without a certificate that encrypts the keys at rest, and
/// without a blind-index key. Secrets are read from configuration and never logged.
/// </summary>
public static class DataProtectionSetup
{
    public const string SectionName = "DataProtection";
    public const string ApplicationName = "NrmPortal";
    public static readonly TimeSpan DefaultKeyLifetime = TimeSpan.FromDays(90);

    public static IServiceCollection AddNrmDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var strict = !environment.IsDevelopment() && !environment.IsEnvironment("Testing");
        var section = configuration.GetSection(SectionName);

        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .SetDefaultKeyLifetime(KeyLifetime(section))
            .PersistKeysToDbContext<AppDbContext>();

        var certificates = Certificates(section);
        if (certificates.Current is { } current)
            builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. certificates.Previous]);
        else if (section["CertificateThumbprint"] is { Length: > 0 } thumbprint)
            builder.ProtectKeysWithCertificate(thumbprint); // from the machine's certificate store, which also decrypts
        else if (strict)
            throw new InvalidOperationException(
                "DataProtection:CertificatePath (with DataProtection:CertificatePassword from the environment) or DataProtection:CertificateThumbprint " +
                "is required outside Development: the key ring in the database must be encrypted at rest. See docs/operations.md.");

        services.AddSingleton<FieldProtector>();
        services.AddSingleton<Domain.Victims.INameIndex>(new BlindIndex(BlindIndexKey(configuration)));
        return services;
    }

    /// <summary>
    /// Required in every environment (fail closed): Development has a fixed public key in appsettings.Development.json and
    /// the test hosts set their own; every other environment must supply a secret one.
    /// </summary>
    private static byte[] BlindIndexKey(IConfiguration configuration)
    {
        var configured = configuration.GetSection(EncryptionOptions.SectionName)[nameof(EncryptionOptions.BlindIndexKey)];
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException(
                "Encryption:BlindIndexKey is required: base64 of at least 32 random bytes, from a secret store or the environment " +
                "(Encryption__BlindIndexKey). See docs/operations.md.");
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Encryption:BlindIndexKey is not valid base64."); // the value itself is never repeated
        }
        if (key.Length < BlindIndex.MinimumKeyBytes)
            throw new InvalidOperationException($"Encryption:BlindIndexKey must be at least {BlindIndex.MinimumKeyBytes} bytes (base64 of 32 random bytes or more).");
        return key;
    }

    private static TimeSpan KeyLifetime(IConfigurationSection section)
    {
        var days = section.GetValue<int?>("KeyLifetimeDays");
        if (days is null) return DefaultKeyLifetime;
        if (days < 7) throw new InvalidOperationException("DataProtection:KeyLifetimeDays must be at least 7 (Data Protection's minimum).");
        return TimeSpan.FromDays(days.Value);
    }

    private static (X509Certificate2? Current, X509Certificate2[] Previous) Certificates(IConfigurationSection section)
    {
        var current = Load(section["CertificatePath"], section["CertificatePassword"], "DataProtection:CertificatePath");
        var previous = Load(section["PreviousCertificatePath"], section["PreviousCertificatePassword"], "DataProtection:PreviousCertificatePath");
        return (current, previous is null ? [] : [previous]);
    }

    private static X509Certificate2? Load(string? path, string? password, string setting)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (!File.Exists(path)) throw new InvalidOperationException($"{setting}: the certificate file does not exist.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        if (!certificate.HasPrivateKey) throw new InvalidOperationException($"{setting}: the certificate has no private key (a .pfx with its key is needed).");
        return certificate;
    }
}
