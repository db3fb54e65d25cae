using System.Globalization;
using System.Text;

namespace ExpertNetwork.Domain.Common;

/// <summary>
/// The form in which names and emails are stored for searching and in which search text is compared: lower case
/// (invariant culture) with accents and other diacritics removed, so "ŁUKASZ", "lukasz" and "Łukasz" are the same
/// text on every database. Letters that carry no combining mark but are read as a base letter plus a stroke or a
/// ligature (ł, ø, đ, ß, æ, œ...) are spelled out too. Language-specific transliterations are not applied: "müller"
/// and "muller" find "Müller", "mueller" does not (that needs German rules that would be wrong for Turkish "ü").
/// </summary>
public static class SearchText
{
    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['ł'] = "l", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d", ['ħ'] = "h", ['ı'] = "i", ['ŧ'] = "t",
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th",
    };

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (Spelled.TryGetValue(c, out var spelled))
                folded.Append(spelled);
            else
                folded.Append(c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
