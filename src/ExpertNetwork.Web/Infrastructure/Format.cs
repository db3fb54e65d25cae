using System.Globalization;

namespace ExpertNetwork.Web.Infrastructure;

public static class Format
{
    /// <summary>How long ago, to the read model's "now" (never the system clock): "3 d", "5 h" or "just now".</summary>
    public static string Age(DateTime sinceUtc, DateTime nowUtc)
    {
        var age = nowUtc - sinceUtc;
        return age.TotalDays >= 1 ? $"{(int)age.TotalDays} d" : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h" : "just now";
    }

    /// <summary>A span such as "2 d 3 h", "5 h" or "12 min" (at least a minute).</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{(int)span.TotalDays} d {span.Hours} h" : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h" : $"{Math.Max(1, (int)span.TotalMinutes)} min";

    /// <summary>A median or time to staff: "2 d 3 h", "4 h 10 min", "12 min", or "—" when there is none.</summary>
    public static string Elapsed(TimeSpan? span) => span is { } t
        ? t.TotalDays >= 1 ? $"{(int)t.TotalDays} d {t.Hours} h" : t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min" : $"{Math.Max(1, (int)t.TotalMinutes)} min"
        : "—";

    /// <summary>A day as a date input wants it: "2026-03-01".</summary>
    public static string InputDate(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Hours as people write them: "7.5", "8".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

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
