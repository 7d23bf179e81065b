using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using NrmPortal.Application.Common.Abstractions;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Retention;
using NrmPortal.Infrastructure.Deadlines;
using NrmPortal.Infrastructure.Identity;
using NrmPortal.Infrastructure.Mail;
using NrmPortal.Infrastructure.Persistence;
using NrmPortal.Infrastructure.Persistence.Encryption;
using NrmPortal.Infrastructure.Persistence.Interceptors;
using NrmPortal.Infrastructure.Retention;
using NrmPortal.Infrastructure.Seeding;

namespace NrmPortal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(database);
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));

        var connectionString = configuration.GetConnectionString("Nrm");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (database.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException("ConnectionStrings:Nrm is required when Database:Provider is SqlServer.");
            var folder = Path.GetFullPath(database.DataDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "nrm.db")}";
        }

        services.AddScoped<AuditAndVersionInterceptor>();
        services.AddDbContext<AppDbContext>((provider, options) => options
            .UseNrmDatabase(database.Provider, connectionString)
            .AddInterceptors(provider.GetRequiredService<AuditAndVersionInterceptor>()));
        services.AddScoped<IAppDbContext>(provider => provider.GetRequiredService<AppDbContext>());
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<ISessionRevoker, SessionRevoker>();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<IAccessLog, AccessLog>();
        services.AddScoped<IReferenceNumbers, Persistence.Numbering.ReferenceNumbers>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddSingleton(TimeProvider.System);
        services.AddMail(configuration, environment);
        services.AddSingleton(ResidenceRulesFrom(configuration));
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.SectionName));
        services.AddHostedService<DeadlineReminderJob>();
        services.AddSingleton(RetentionRulesFrom(configuration));
        services.Configure<RetentionJobOptions>(configuration.GetSection(RetentionRules.SectionName));
        services.AddHostedService<RetentionJob>();

        services.AddNrmDataProtection(configuration, environment);
        services.Configure<EncryptionOptions>(configuration.GetSection(EncryptionOptions.SectionName));
        services.AddScoped<FieldEncryptionBackfill>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    /// <summary>The retention periods, checked before the portal starts (a closed file is kept at least a year, a signal at least a month).</summary>
    private static RetentionRules RetentionRulesFrom(IConfiguration configuration)
    {
        var rules = configuration.GetSection(RetentionRules.SectionName).Get<RetentionRules>() ?? new RetentionRules();
        var problems = rules.Problems().ToList();
        var job = configuration.GetSection(RetentionRules.SectionName).Get<RetentionJobOptions>() ?? new RetentionJobOptions();
        if (job.RunFromHour is < 0 or > 23) problems.Add("Retention: RunFromHour must be between 0 and 23.");
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
        return rules;
    }

    /// <summary>The legal rules' settings, checked before the portal starts: a reflection period under 30 days is refused (CETS 197 art. 13).</summary>
    private static ResidenceRules ResidenceRulesFrom(IConfiguration configuration)
    {
        var rules = configuration.GetSection(ResidenceRules.SectionName).Get<ResidenceRules>() ?? new ResidenceRules();
        var problems = rules.Problems();
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
        return rules;
    }
}
