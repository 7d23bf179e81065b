using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Signals;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Infrastructure.Persistence;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Seeding;

/// <summary>
/// Runs at start-up: applies migrations when configured, makes sure the seven roles exist, and seeds either the demo data
/// (Development) or a bootstrap administrator (any environment without an administrator), and encrypts legacy plaintext
/// fields (<see cref="FieldEncryptionBackfill"/>). Idempotent.
/// </summary>
public sealed class DatabaseInitialiser(
    AppDbContext db,
    DatabaseOptions database,
    IOptions<SeedOptions> seedOptions,
    UserManager<AppUser> userManager,
    IUserStore<AppUser> userStore,
    RoleManager<IdentityRole<Guid>> roleManager,
    TimeProvider clock,
    FieldEncryptionBackfill fieldEncryption,
    ILogger<DatabaseInitialiser> logger)
{
    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("beheerder@demo.nrm.local", "Demo beheerder", Roles.Administrator, "Functioneel beheer NRM Portal", OrganisationType.Other),
        new("zorg@demo.nrm.local", "Demo zorgprofessional", Roles.CareWorker, "Demo Zorgaanbieder", OrganisationType.CareProvider),
        new("comensha@demo.nrm.local", "Demo coördinator CoMensha", Roles.CoMenshaCoordinator, "CoMensha", OrganisationType.CoMensha),
        new("politie@demo.nrm.local", "Demo politie", Roles.Police, "Nationale Politie (demo)", OrganisationType.Police),
        new("ind@demo.nrm.local", "Demo IND", Roles.Ind, "Immigratie- en Naturalisatiedienst (demo)", OrganisationType.Ind),
        new("coa@demo.nrm.local", "Demo COA", Roles.Coa, "Centraal Orgaan opvang asielzoekers (demo)", OrganisationType.Coa),
        new("privacy@demo.nrm.local", "Demo privacyfunctionaris", Roles.PrivacyOfficer, "Functioneel beheer NRM Portal", OrganisationType.Other),
    ];

    public async Task InitialiseAsync(bool isDevelopment, CancellationToken cancellationToken)
    {
        if (database.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlAsync($"PRAGMA journal_mode=WAL;", cancellationToken); // readers do not block the writer
        }

        // Loads the key ring (creating the first key in a new database) and encrypts any plaintext left from before field
        // encryption; does nothing more once every row is encrypted.
        await fieldEncryption.RunAsync(cancellationToken);

        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
                await roleManager.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        }

        await EnsureIndicatorListAsync(cancellationToken);

        var seed = seedOptions.Value;
        if (seed.DemoData && isDevelopment) await SeedDemoDataAsync(seed, cancellationToken);
        if (isDevelopment && !string.IsNullOrWhiteSpace(seed.DemoAuthenticatorKey)) await EnrolDemoUsersAsync(seed.DemoAuthenticatorKey);
        await EnsureAdministratorAsync(seed, cancellationToken);
    }

    /// <summary>Reference data in every environment: the first version of the single indicator list.</summary>
    private async Task EnsureIndicatorListAsync(CancellationToken cancellationToken)
    {
        if (await db.IndicatorListVersions.AnyAsync(cancellationToken)) return;
        db.IndicatorListVersions.Add(IndicatorListVersion.Publish(1, clock.GetUtcNow().UtcDateTime, publishedBy: null,
            IndicatorSeed.HandlingInstructionEn, IndicatorSeed.HandlingInstructionNl, IndicatorSeed.Version1));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDemoDataAsync(SeedOptions seed, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Email == DemoAccounts[0].Email, cancellationToken)) return;

        var password = string.IsNullOrEmpty(seed.DemoPassword) ? GeneratePassword() : seed.DemoPassword;
        foreach (var account in DemoAccounts)
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == account.OrganisationName, cancellationToken);
            if (organisation is null)
            {
                organisation = Organisation.Create(account.OrganisationName, account.OrganisationType, Regions.National, ContactDetails.Empty);
                db.Organisations.Add(organisation);
                await db.SaveChangesAsync(cancellationToken);
            }
            await CreateUserAsync(account.Email, account.DisplayName, organisation.Id, account.Role, password, mustChangePassword: false);
        }

        if (string.IsNullOrEmpty(seed.DemoPassword))
        {
            // Printed once to the console on purpose (not to the log sinks): the developer needs it to sign in.
            await Console.Out.WriteLineAsync($"""

                ==== NRM Portal demo logins (Development) ====
                Password for every demo user: {password}
                Set Seed:DemoPassword (user secrets) to choose your own; delete data/nrm.db to reseed.
                Users: {string.Join(", ", DemoAccounts.Select(a => a.Email))}

                """);
        }
        logger.LogInformation("Seeded {Count} demo users", DemoAccounts.Count);
    }

    /// <summary>Development: demo users not yet enrolled get the configured authenticator key and two-factor switched on.</summary>
    private async Task EnrolDemoUsersAsync(string key)
    {
        if (TotpCode.FromBase32(key) is null) throw new InvalidOperationException("Seed:DemoAuthenticatorKey is not a Base32 key.");
        var normalised = key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        foreach (var account in DemoAccounts)
        {
            if (await userManager.FindByEmailAsync(account.Email) is not { TwoFactorEnabled: false } user) continue;
            if (userStore is not IUserAuthenticatorKeyStore<AppUser> keys) throw new NotSupportedException("The user store keeps no authenticator keys.");
            await keys.SetAuthenticatorKeyAsync(user, normalised, CancellationToken.None);
            var result = await userManager.SetTwoFactorEnabledAsync(user, true); // also saves the key
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not enrol demo user {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task EnsureAdministratorAsync(SeedOptions seed, CancellationToken cancellationToken)
    {
        // An administrator who can sign in: in an active organisation and not locked. Otherwise the bootstrap password
        // (from configuration) creates a fresh one, which is also the way back in if every administrator was locked out.
        var now = clock.GetUtcNow();
        var administrators = await userManager.GetUsersInRoleAsync(Roles.Administrator);
        var activeOrganisations = await db.Organisations.Where(o => o.IsActive).Select(o => o.Id).ToListAsync(cancellationToken);
        if (administrators.Any(a => activeOrganisations.Contains(a.OrganisationId) && !(a.LockoutEnd > now))) return;
        if (string.IsNullOrWhiteSpace(seed.BootstrapAdminPassword))
            throw new InvalidOperationException(
                "No administrator exists. Set Seed:BootstrapAdminPassword (and optionally Seed:BootstrapAdminEmail) to create the first one.");

        const string bootstrapOrganisation = "Functioneel beheer NRM Portal";
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == bootstrapOrganisation, cancellationToken);
        if (organisation is null)
        {
            organisation = Organisation.Create(bootstrapOrganisation, OrganisationType.Other, Regions.National, ContactDetails.Empty);
            db.Organisations.Add(organisation);
        }
        else if (!organisation.IsActive)
        {
            organisation.Reactivate();
        }
        await db.SaveChangesAsync(cancellationToken);

        var existing = await userManager.FindByEmailAsync(seed.BootstrapAdminEmail);
        if (existing is null)
        {
            await CreateUserAsync(seed.BootstrapAdminEmail, "Beheerder", organisation.Id, Roles.Administrator, seed.BootstrapAdminPassword,
                mustChangePassword: true);
        }
        else
        {
            // Recovery: the bootstrap account is put back in the bootstrap organisation, unlocked, with the configured password.
            existing.OrganisationId = organisation.Id;
            existing.MustChangePassword = true;
            existing.LockoutEnd = null;
            existing.TwoFactorEnabled = false; // the operator may have lost the phone too: enrol a new app at sign-in
            var token = await userManager.GeneratePasswordResetTokenAsync(existing);
            var reset = await userManager.ResetPasswordAsync(existing, token, seed.BootstrapAdminPassword);
            if (reset.Succeeded) reset = await userManager.ResetAuthenticatorKeyAsync(existing);
            if (reset.Succeeded && !await userManager.IsInRoleAsync(existing, Roles.Administrator))
                reset = await userManager.AddToRoleAsync(existing, Roles.Administrator);
            if (!reset.Succeeded)
                throw new InvalidOperationException("Could not restore the bootstrap administrator: " + string.Join(" ", reset.Errors.Select(e => e.Description)));
        }
        logger.LogWarning("Created the bootstrap administrator account; change its password at first sign-in");
    }

    private async Task CreateUserAsync(string email, string displayName, Guid organisationId, string role, string password, bool mustChangePassword)
    {
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            OrganisationId = organisationId,
            LockoutEnabled = true,
            MustChangePassword = mustChangePassword,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded) result = await userManager.AddToRoleAsync(user, role);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not seed user {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    public sealed record DemoAccount(string Email, string DisplayName, string Role, string OrganisationName, OrganisationType OrganisationType);
}
