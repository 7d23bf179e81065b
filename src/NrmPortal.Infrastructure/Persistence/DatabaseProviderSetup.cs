using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Infrastructure.Persistence;

/// <summary>Points a DbContext at the configured provider and that provider's own migration set (ADR 0003).</summary>
public static class DatabaseProviderSetup
{
    public const string SqliteMigrationsAssembly = "NrmPortal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "NrmPortal.Migrations.SqlServer";

    /// <remarks>The model is cached per field-encryption key ring (<see cref="FieldEncryptionModelCacheKeyFactory"/>).</remarks>
    public static TBuilder UseNrmDatabase<TBuilder>(this TBuilder options, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.ReplaceService<IModelCacheKeyFactory, FieldEncryptionModelCacheKeyFactory>();
        return (TBuilder)(provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly)),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'. Use Sqlite or SqlServer."),
        });
    }
}
