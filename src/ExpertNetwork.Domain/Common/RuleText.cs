using System.Globalization;

namespace ExpertNetwork.Domain.Common;

/// <summary>
/// Fills a rule sentence written for a form annotation ("between {1} and {2}", {0} being the field's name), so the
/// domain refuses with the very sentence the form shows.
/// </summary>
public static class RuleText
{
    public static string Between(string rule, object min, object max) => string.Format(CultureInfo.InvariantCulture, rule, null, min, max);

    /// <summary>A length rule written for a StringLength annotation ({1} is the limit), as the domain says it.</summary>
    public static string AtMost(string rule, int max) => string.Format(CultureInfo.InvariantCulture, rule, null, max);
}
