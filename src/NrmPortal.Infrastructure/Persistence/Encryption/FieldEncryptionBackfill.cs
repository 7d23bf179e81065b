using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NrmPortal.Domain.Victims;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// Encrypts values written before field encryption existed, and replaces the plaintext normalised names in
/// <c>VictimNames.NameIndex</c> by their blind index. Runs at start-up after the migrations (<see cref="Seeding.DatabaseInitialiser"/>)
/// and is idempotent: a stored value that starts with <see cref="FieldProtector.Prefix"/> is already encrypted and is left
/// alone, so a second run changes nothing. The encrypted columns are found in the model (every property with an
/// <see cref="EncryptedStringConverter"/>), so a column marked <c>IsEncrypted()</c> later is covered too. Rows are updated
/// with plain SQL, one transaction per table: no audit rows and no new versions, because the values do not change.
/// </summary>
public sealed partial class FieldEncryptionBackfill(AppDbContext db, FieldProtector protector, INameIndex nameIndex,
    IOptions<EncryptionOptions> options, ILogger<FieldEncryptionBackfill> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Loads (and in a new database creates) the key ring now, outside any transaction: on SQLite a key written by the
        // key ring's own connection would otherwise wait for the transaction that asked for it.
        _ = protector.Protect("");
        if (!options.Value.BackfillOnStartup) return 0;

        var total = 0;
        foreach (var table in EncryptedTables())
        {
            var count = await BackfillAsync(table, cancellationToken);
            if (count > 0) LogEncrypted(logger, count, table.Name);
            total += count;
        }
        return total;
    }

    private sealed record Table(string Name, string? Schema, IReadOnlyList<string> Keys, IReadOnlyList<string> Encrypted, string? NameIndexColumn, string? NameColumn);

    private List<Table> EncryptedTables()
    {
        var tables = new List<Table>();
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            if (entityType.GetTableName() is not { } name) continue;
            var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
            var properties = entityType.GetProperties().Concat(entityType.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()));
            var encrypted = properties.Where(p => p.GetValueConverter() is EncryptedStringConverter).ToList();
            if (encrypted.Count == 0) continue;
            var keys = entityType.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(store)!).ToList();
            string? indexColumn = null, nameColumn = null;
            if (entityType.ClrType == typeof(VictimName))
            {
                indexColumn = entityType.FindProperty(nameof(VictimName.NameIndex))!.GetColumnName(store);
                nameColumn = entityType.FindProperty(nameof(VictimName.Value))!.GetColumnName(store);
            }
            tables.Add(new Table(name, entityType.GetSchema(), keys, encrypted.Select(p => p.GetColumnName(store)!).ToList(), indexColumn, nameColumn));
        }
        return tables;
    }

    private async Task<int> BackfillAsync(Table table, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Q(string identifier) => sql.DelimitIdentifier(identifier);
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var legacy = string.Join(" OR ", table.Encrypted.Select(c => $"({Q(c)} IS NOT NULL AND {Q(c)} NOT LIKE '{FieldProtector.Prefix}%')"));
        var columns = table.Keys.Concat(table.Encrypted).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var rows = new List<object?[]>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction.GetDbTransaction();
            select.CommandText = $"SELECT {string.Join(", ", columns.Select(Q))} FROM {tableName} WHERE {legacy}";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object?[columns.Count];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
        }

        foreach (var row in rows)
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction.GetDbTransaction();
            var assignments = new List<string>();
            for (var i = 0; i < table.Encrypted.Count; i++)
            {
                var column = table.Encrypted[i];
                if (row[table.Keys.Count + i] is not string value || FieldProtector.IsProtected(value)) continue;
                assignments.Add($"{Q(column)} = {Parameter(update, protector.Protect(value))}");
                if (column == table.NameColumn && table.NameIndexColumn is { } indexColumn)
                    assignments.Add($"{Q(indexColumn)} = {Parameter(update, nameIndex.Of(value) ?? value)}");
            }
            var where = string.Join(" AND ", table.Keys.Select((k, i) => $"{Q(k)} = {Parameter(update, row[i])}"));
            update.CommandText = $"UPDATE {tableName} SET {string.Join(", ", assignments)} WHERE {where}";
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private static string Parameter(DbCommand command, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Field encryption: encrypted the legacy plaintext of {Count} rows of {Table}")]
    private static partial void LogEncrypted(ILogger logger, int count, string table);
}
