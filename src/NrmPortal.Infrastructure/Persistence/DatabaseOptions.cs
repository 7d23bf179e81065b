namespace NrmPortal.Infrastructure.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (default, embedded) or <see cref="DatabaseProvider.SqlServer"/> (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. On in Development; in Production prefer the migration script or bundle.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Folder of the SQLite file when ConnectionStrings:Nrm is not set (relative to the content root).</summary>
    public string DataDirectory { get; set; } = "data";
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
