namespace ExpertNetwork.Domain.Compliance;

/// <summary>Compares company names the way people write them ("Pfizer Inc." is "pfizer").</summary>
public static class CompanyNames
{
    private static readonly string[] LegalSuffixes =
        ["inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas", "bv", "nv", "spa", "sp z o o", "corp", "corporation", "co", "company",
         // The same abbreviations written with dots ("S.A.", "B.V.", "L.L.C."), which Normalize turns into single letters.
         "l l c", "l l p", "p l c", "g m b h", "a g", "s a", "s a s", "b v", "n v", "s p a"];

    public static string Normalize(string name)
    {
        var letters = new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        var words = letters.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var changed = true;
        while (changed && words.Count > 1)
        {
            changed = false;
            foreach (var suffix in LegalSuffixes)
            {
                var parts = suffix.Split(' ');
                if (words.Count > parts.Length && words.TakeLast(parts.Length).SequenceEqual(parts))
                {
                    words.RemoveRange(words.Count - parts.Length, parts.Length);
                    changed = true;
                    break;
                }
            }
        }
        return string.Join(' ', words);
    }

    public static bool SameCompany(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);
}
