namespace NrmPortal.Infrastructure.Seeding;

/// <summary>The "Seed" configuration section. Passwords come from configuration (user secrets, environment), never from code.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Seed one demo user per role, each in a demo organisation of the matching type (Development only).</summary>
    public bool DemoData { get; set; }

    /// <summary>Password of every demo user; when empty one is generated and printed once, at first start.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>
    /// Development only: a Base32 authenticator key every demo user is enrolled with, so demos and browser tests can compute
    /// codes (e.g. <c>oathtool --totp -b KEY</c>). Start-up fails when it is set in any environment but Development and Testing.
    /// </summary>
    public string? DemoAuthenticatorKey { get; set; }

    /// <summary>Production: the first administrator, created when no administrator exists yet.</summary>
    public string BootstrapAdminEmail { get; set; } = "beheerder@nrm.local";

    /// <summary>Production: required while no administrator exists; start-up fails without it.</summary>
    public string? BootstrapAdminPassword { get; set; }
}
