using System.Globalization;

namespace ExpertNetwork.Web.Infrastructure;

public static class Format
{
    public static string Age(DateTime sinceUtc)
    {
        var age = DateTime.UtcNow - sinceUtc;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays} d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h" : "just now";
    }

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "no expiry";

    public static string Utc(DateTime? instant) => instant is { } i ? i.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture) : "";

    /// <summary>"ProfileUpdated+RateSet" (the verbs an audit event records) as "Profile updated, rate set".</summary>
    public static string Action(string action)
    {
        var words = string.Join(", ", action.Split('+').Select(verb =>
            string.Concat(verb.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()))));
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    /// <summary>A type name such as "NdaAgreement" as "NDA agreement".</summary>
    public static string Words(string pascal) => Action(pascal).Replace("Nda", "NDA", StringComparison.Ordinal);

    public static string Money(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}";

    public static string Size(long? bytes) => bytes switch
    {
        null => "",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{(bytes.Value / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes.Value / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
