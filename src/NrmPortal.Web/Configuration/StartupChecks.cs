namespace NrmPortal.Web.Configuration;

/// <summary>Configuration that must never reach a real environment stops the portal at start-up, with a clear message.</summary>
public static class StartupChecks
{
    public static void EnsureNoDemoSecrets(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() || environment.IsEnvironment("Testing")) return;
        if (!string.IsNullOrWhiteSpace(configuration["Seed:DemoAuthenticatorKey"]))
            throw new InvalidOperationException(
                $"Seed:DemoAuthenticatorKey is set in the {environment.EnvironmentName} environment. It is a shared demo key for " +
                "Development only: anyone knowing it could compute sign-in codes. Remove the setting to start.");
    }
}
