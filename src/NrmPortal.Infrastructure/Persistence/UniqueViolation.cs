using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NrmPortal.Infrastructure.Persistence;

/// <summary>Recognises a save refused by a unique index, on either provider.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;      // SQLITE_CONSTRAINT_UNIQUE
    private const int SqliteConstraintPrimaryKey = 1555;  // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int SqlServerDuplicateKeyRow = 2601;    // unique index
    private const int SqlServerUniqueConstraint = 2627;   // unique constraint or primary key

    public static bool Is(DbUpdateException exception) => exception.InnerException is { } inner && IsDatabaseError(inner);

    /// <summary>The same for an error from a raw command (no DbUpdateException around it).</summary>
    public static bool IsDatabaseError(Exception exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => true,
        SqlException { Number: SqlServerDuplicateKeyRow or SqlServerUniqueConstraint } => true,
        _ => false,
    };
}
