using System.Globalization;
using System.Text;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// Whether the name an expert typed to sign is the expert's name as we hold it. People type names with other
/// capitals, spacing, dots or accents, and with or without an academic title; none of that makes it another person.
/// </summary>
public static class SignerNames
{
    private static readonly string[] Titles = ["dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame"];

    public static bool Matches(string expected, string? typed) =>
        !string.IsNullOrWhiteSpace(typed) && Normalize(expected) is { Length: > 0 } e && e == Normalize(typed);

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            letters.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Titles.Contains(words[0]))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
