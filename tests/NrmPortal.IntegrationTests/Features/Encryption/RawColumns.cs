using Microsoft.Data.Sqlite;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Encryption;

/// <summary>Reads and writes stored values with plain SQL on the test database file, past EF Core and its converters.</summary>
internal static class RawColumns
{
    public static async Task<List<string?>> ReadAsync(this PortalFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var values = new List<string?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++) values.Add(reader.IsDBNull(i) ? null : reader.GetString(i));
        }
        return values;
    }

    public static async Task<int> WriteAsync(this PortalFactory factory, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>EF Core stores a Guid in SQLite as uppercase text.</summary>
    public static string Key(Guid id) => id.ToString().ToUpperInvariant();
}
