namespace NrmPortal.Infrastructure.Seeding;

/// <summary>The "Seed" configuration section. Passwords come from configuration (user secrets, environment), never from code.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Seed one organisation of each kind and one demo user per role (Development only).</summary>
    public bool DemoData { get; set; }

    /// <summary>Password of every demo user; when empty one is generated and printed once, at first start.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Production: the first administrator, created when no administrator exists yet.</summary>
    public string BootstrapAdminEmail { get; set; } = "beheerder@nrm.local";

    /// <summary>Production: required while no administrator exists; start-up fails without it.</summary>
    public string? BootstrapAdminPassword { get; set; }
}
