using System.Net;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Encryption;

/// <summary>
/// Outside Development and Testing the portal refuses to start without a blind-index key or without a certificate for the
/// key ring; with both it starts, encrypts its Data Protection keys with the certificate and still works.
/// </summary>
public sealed class FieldEncryptionStartupTests
{
    private const string Password = "test-certificate-password";

    private sealed class ProductionFactory(bool blindIndexKey, bool certificate, string? key = null) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Encryption:BlindIndexKey", blindIndexKey ? key ?? BlindIndexKey : "");
            if (certificate)
            {
                var path = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "dataprotection.pfx");
                TestCertificates.WritePfx(path, Password);
                builder.UseSetting("DataProtection:CertificatePath", path);
                builder.UseSetting("DataProtection:CertificatePassword", Password);
            }
        }
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_blind_index_key()
    {
        await using var factory = new ProductionFactory(blindIndexKey: false, certificate: true);

        var exception = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Encryption:BlindIndexKey is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_or_malformed_key_is_refused_without_repeating_it()
    {
        const string shortKey = "c2hvcnQta2V5"; // "short-key": 9 bytes
        await using var tooShort = new ProductionFactory(blindIndexKey: true, certificate: true, key: shortKey);
        await using var malformed = new ProductionFactory(blindIndexKey: true, certificate: true, key: "not base64 at all!");

        var shortException = Assert.ThrowsAny<Exception>(() => tooShort.Services);
        var malformedException = Assert.ThrowsAny<Exception>(() => malformed.Services);

        Assert.Contains("at least 32 bytes", shortException.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, shortException.ToString(), StringComparison.Ordinal);
        Assert.Contains("not valid base64", malformedException.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not base64 at all", malformedException.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_certificate_for_the_key_ring()
    {
        await using var factory = new ProductionFactory(blindIndexKey: true, certificate: false);

        var exception = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("DataProtection:CertificatePath", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_key_and_certificate_production_starts_and_the_key_ring_is_encrypted_at_rest()
    {
        await using var factory = new ProductionFactory(blindIndexKey: true, certificate: true);
        await factory.InitializeAsync();
        var admin = TestUser.InRole(Roles.Administrator);
        var careWorker = new TestUser(Guid.NewGuid(), Roles.CareWorker,
            await factory.SendAsync(new OrganisationBuilder().OfType(Domain.Organisations.OrganisationType.CareProvider).Build(), admin));

        var signal = await factory.SendAsync(SignalBuilder.Valid(), careWorker);
        var page = await factory.ClientFor(careWorker).GetAsync(new Uri($"/Signals/Details/{signal.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var keys = await factory.WithDbAsync(db => db.Set<DataProtectionKey>().Select(k => k.Xml).ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal); // encrypted with the certificate
            Assert.Contains("X509", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    /// <summary>A Production host on another host's database, with a new certificate and the old one as "previous".</summary>
    private sealed class RotatedCertificateFactory(PortalFactory first, string oldCertificate, bool keepPrevious) : PortalFactory
    {
        protected override string ConnectionString => $"Data Source={first.DatabasePath}";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            var path = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "dataprotection-new.pfx");
            TestCertificates.WritePfx(path, Password);
            builder.UseSetting("DataProtection:CertificatePath", path);
            builder.UseSetting("DataProtection:CertificatePassword", Password);
            if (keepPrevious)
            {
                builder.UseSetting("DataProtection:PreviousCertificatePath", oldCertificate);
                builder.UseSetting("DataProtection:PreviousCertificatePassword", Password);
            }
        }
    }

    [Fact]
    public async Task After_replacing_the_certificate_the_old_one_as_previous_still_opens_the_old_keys()
    {
        await using var first = new ProductionFactory(blindIndexKey: true, certificate: true);
        await first.InitializeAsync();
        var admin = TestUser.InRole(Roles.Administrator);
        var careWorker = new TestUser(Guid.NewGuid(), Roles.CareWorker,
            await first.SendAsync(new OrganisationBuilder().OfType(Domain.Organisations.OrganisationType.CareProvider).Build(), admin));
        var signal = await first.SendAsync(SignalBuilder.Valid() with { Account = "Onder het oude certificaat" }, careWorker);
        var oldCertificate = Path.Combine(Path.GetDirectoryName(first.DatabasePath)!, "dataprotection.pfx");

        await using var withPrevious = new RotatedCertificateFactory(first, oldCertificate, keepPrevious: true);
        await withPrevious.InitializeAsync();
        var read = await withPrevious.SendAsync(new Application.Features.Signals.GetSignal.Query(signal.Id), careWorker);
        await using var withoutPrevious = new RotatedCertificateFactory(first, oldCertificate, keepPrevious: false);
        var failure = await Record.ExceptionAsync(async () =>
        {
            await withoutPrevious.InitializeAsync();
            await withoutPrevious.SendAsync(new Application.Features.Signals.GetSignal.Query(signal.Id), careWorker);
        });

        Assert.Equal("Onder het oude certificaat", read!.Account);
        // Without the old certificate the old key cannot be decrypted: nothing is read, and the failure says why.
        Assert.NotNull(failure);
        var chain = new List<Exception>();
        for (var e = failure; e is not null; e = e.InnerException) chain.Add(e);
        Assert.Contains(chain, e => e is System.Security.Cryptography.CryptographicException);
    }
}
