namespace NrmPortal.Infrastructure.Persistence;

/// <summary>
/// The database side of the append-only access log (NEN 7513, security requirement L6), for the migrations to run: triggers
/// that refuse every UPDATE and DELETE on AuditEntries, whoever sends it (the portal has no such code path either). On SQL
/// Server the operator also denies the application's login the rights: <c>DENY UPDATE, DELETE ON dbo.AuditEntries TO [app login]</c>.
/// </summary>
public static class AuditLogSql
{
    public const string AppendOnlyMessage = "AuditEntries is append-only";
    public const string SqliteNoUpdateTrigger = "AuditEntries_NoUpdate";
    public const string SqliteNoDeleteTrigger = "AuditEntries_NoDelete";
    public const string SqlServerTrigger = "AuditEntries_AppendOnly";

    /// <summary>SQLite: two triggers (SQLite has no INSTEAD OF triggers on tables).</summary>
    public const string Sqlite = """
        CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;
        CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;
        """;

    /// <summary>SQLite: what a down migration runs.</summary>
    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;
        DROP TRIGGER IF EXISTS AuditEntries_NoDelete;
        """;

    /// <summary>
    /// SQL Server: one INSTEAD OF trigger that refuses both. Wrapped in EXEC because CREATE TRIGGER must start a batch, and the
    /// idempotent migration script puts every migration's statements inside IF ... BEGIN ... END.
    /// </summary>
    public const string SqlServer = """
        EXEC(N'CREATE TRIGGER dbo.AuditEntries_AppendOnly ON dbo.AuditEntries INSTEAD OF UPDATE, DELETE
        AS
        BEGIN
            SET NOCOUNT ON;
            THROW 50001, ''AuditEntries is append-only'', 1;
        END;');
        """;

    /// <summary>SQL Server: what a down migration runs.</summary>
    public const string SqlServerDrop = "DROP TRIGGER IF EXISTS dbo.AuditEntries_AppendOnly;";
}
