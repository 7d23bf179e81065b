using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>Self-signed certificates for the Production-environment tests (Data Protection encrypts its keys with one).</summary>
public static class TestCertificates
{
    /// <summary>Writes a .pfx with an RSA key to <paramref name="path"/>, protected by <paramref name="password"/>.</summary>
    public static void WritePfx(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=NRM Portal data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }

    /// <summary>
    /// Writes a new certificate into <paramref name="folder"/> and points DataProtection:CertificatePath at it: what a host
    /// outside Development and Testing needs to start at all (the blind-index key comes from <see cref="PortalFactory"/>).
    /// </summary>
    public static void UseDataProtectionCertificate(this IWebHostBuilder builder, string folder)
    {
        const string password = "test-certificate-password";
        var path = Path.Combine(folder, "dataprotection.pfx");
        WritePfx(path, password);
        builder.UseSetting("DataProtection:CertificatePath", path);
        builder.UseSetting("DataProtection:CertificatePassword", password);
    }
}
