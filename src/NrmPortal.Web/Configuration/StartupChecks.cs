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
        if (string.Equals(configuration["Encryption:BlindIndexKey"], DevelopmentBlindIndexKey, StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"Encryption:BlindIndexKey is the public Development key in the {environment.EnvironmentName} environment: anyone " +
                "could compute the name indexes from it. Generate a key of your own (docs/operations.md).");
    }

    /// <summary>The blind-index key committed in appsettings.Development.json; public, so refused everywhere else.</summary>
    public const string DevelopmentBlindIndexKey = "bnJtLXBvcnRhbC1kZXZlbG9wbWVudC1ibGluZC1pbmRleC1rZXkhIQ==";
}
