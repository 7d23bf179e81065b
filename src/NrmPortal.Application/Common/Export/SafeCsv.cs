using System.Text;

namespace NrmPortal.Application.Common.Export;

/// <summary>
/// Writes CSV (RFC 4180, comma-separated, CRLF) that a spreadsheet opens safely: a field that starts with = + - @ (or a tab or
/// carriage return) gets a leading apostrophe, so it is shown as text and never run as a formula (CSV injection, OWASP).
/// </summary>
public static class SafeCsv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n', ';'];

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var builder = new StringBuilder();
        AppendLine(builder, header);
        foreach (var row in rows) AppendLine(builder, row);
        return builder.ToString();
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (Array.IndexOf(FormulaStarts, value[0]) >= 0) value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendLine(StringBuilder builder, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(Field(fields[i]));
        }
        builder.Append("\r\n");
    }
}
