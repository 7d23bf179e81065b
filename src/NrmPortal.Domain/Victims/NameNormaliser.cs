using System.Globalization;
using System.Text;

namespace NrmPortal.Domain.Victims;

/// <summary>
/// Names compared the way people write them differently: case, diacritics and spacing do not count
/// ("  José  da Silva" and "jose DA silva" are the same name). Used for matching signals to registered persons.
/// </summary>
public static class NameNormaliser
{
    public static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c) || c is '-' or '.' or ',' or '\'')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
