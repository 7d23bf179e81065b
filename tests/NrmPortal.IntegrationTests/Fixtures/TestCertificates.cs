using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

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
}
