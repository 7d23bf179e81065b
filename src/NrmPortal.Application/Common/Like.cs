namespace NrmPortal.Application.Common;

/// <summary>Escapes user text for a SQL LIKE pattern, so % and _ are searched for literally (same on SQLite and SQL Server).</summary>
public static class Like
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
