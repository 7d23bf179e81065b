using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Infrastructure.Seeding;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>The demo authenticator key: demo users are enrolled with it in Development; elsewhere the portal refuses to start.</summary>
public sealed class StartupCheckTests
{
    private const string DemoKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private sealed class EnvironmentPortalFactory(string environment, bool demoData, bool developmentIndexKey = false) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            // Outside Development the key ring needs a certificate (the blind-index key comes from PortalFactory): with
            // everything else a real environment needs in place, the demo key is the one reason left to refuse.
            if (environment != "Development") builder.UseDataProtectionCertificate(Path.GetDirectoryName(DatabasePath)!);
            if (developmentIndexKey) builder.UseSetting("Encryption:BlindIndexKey", NrmPortal.Web.Configuration.StartupChecks.DevelopmentBlindIndexKey);
            else builder.UseSetting("Seed:DemoAuthenticatorKey", DemoKey);
            builder.UseSetting("Seed:DemoData", demoData ? "true" : "false");
            builder.UseSetting("Seed:DemoPassword", "een-demo-wachtwoord-van-lengte");
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task The_portal_refuses_to_start_with_a_demo_authenticator_key_outside_development(string environment)
    {
        await using var factory = new EnvironmentPortalFactory(environment, demoData: false);

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await factory.InitializeAsync());

        Assert.Contains("Seed:DemoAuthenticatorKey", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_the_public_development_blind_index_key()
    {
        await using var factory = new EnvironmentPortalFactory("Production", demoData: false, developmentIndexKey: true);

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await factory.InitializeAsync());

        Assert.Contains("Encryption:BlindIndexKey is the public Development key", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_every_demo_user_is_enrolled_with_the_demo_key()
    {
        await using var factory = new EnvironmentPortalFactory("Development", demoData: true);
        await factory.InitializeAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        foreach (var account in DatabaseInitialiser.DemoAccounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.NotNull(user);
            Assert.True(user.TwoFactorEnabled, account.Email);
            Assert.Equal(DemoKey, await users.GetAuthenticatorKeyAsync(user));
        }
    }
}
