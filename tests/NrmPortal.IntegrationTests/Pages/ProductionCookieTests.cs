using Microsoft.AspNetCore.Hosting;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>The cookie settings that only apply outside Development and Testing, checked in the Production environment.</summary>
public sealed class ProductionCookieTests
{
    private sealed class ProductionPortalFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            // Production refuses to start without a certificate for the key ring (see FieldEncryptionStartupTests).
            var certificate = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "dataprotection.pfx");
            TestCertificates.WritePfx(certificate, "test-certificate-password");
            builder.UseSetting("DataProtection:CertificatePath", certificate);
            builder.UseSetting("DataProtection:CertificatePassword", "test-certificate-password");
        }
    }

    [Fact]
    public async Task In_production_the_session_and_antiforgery_cookies_are_host_only_secure_http_only_and_strict()
    {
        await using var factory = new ProductionPortalFactory();
        await factory.InitializeAsync();
        var client = factory.ClientFor(null);

        var loginPage = await client.GetAsync(new Uri("/Identity/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        var signIn = await client.SubmitAsync("/Identity/Account/Login", "#login-form",
            [new("Input.Email", "admin@it.nrm.local"), new("Input.Password", PortalFactory.AdminPassword)]);

        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-NrmPortal=", StringComparison.Ordinal));
        Assert.StartsWith("__Host-", antiforgery, StringComparison.Ordinal);
        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
