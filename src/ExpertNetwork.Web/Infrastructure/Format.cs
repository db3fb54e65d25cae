using System.Globalization;
using System.Text.RegularExpressions;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Web.Infrastructure;

/// <summary>The one place pages turn numbers, dates and states into words; views call it rather than format themselves.</summary>
public static partial class Format
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
    public static string? InputDate(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Hours as people write them: "7.5", "8".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "no expiry";

    /// <summary>How far a day lies after today: "tomorrow", "in 5 days"; nothing when there is no day.</summary>
    public static string DaysAhead(DateOnly? day, DateOnly today) =>
        day is { } d ? (d.DayNumber - today.DayNumber) switch { 1 => "tomorrow", var n => $"in {n} days" } : "";

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

    /// <summary>To one place at most: "12.5", "10" (weekly capacity, hours a week, match scores).</summary>
    public static string Tenths(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A share already in percent to one place: "82.5%", or "—" when there is none.</summary>
    public static string Percent(decimal? percent) => percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A fraction (0.2) as a percentage number without the sign: "20", "7.5".</summary>
    public static string PercentOf(decimal fraction) => Hours(fraction * 100m);

    /// <summary>A whole count with thousands separators: "12,345".</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A state as one lower-case word, for a sentence or a style name: "suspended", "deadlettered".</summary>
    public static string Word(Enum state) => state.ToString().ToLowerInvariant();

    /// <summary>A work day with its weekday: "Tue 3 Mar 2026".</summary>
    public static string Weekday(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A work day within the current stretch: "Tue 3 Mar".</summary>
    public static string WeekdayShort(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>A moment in someone's own time zone: "Tue 3 Mar 2026, 09:30".</summary>
    public static string LocalTime(DateTime local) => local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment in someone's own time zone, without the year: "Tue 3 Mar 09:30".</summary>
    public static string LocalTimeShort(DateTime local) => local.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A local day and time: "3 Mar 2026 09:30".</summary>
    public static string Local(DateOnly day, TimeOnly time) => $"{Date(day)} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>A period: "1 Mar 2026 to 31 Mar 2026", or the one day.</summary>
    public static string Period(DateRange period) =>
        period.End is { } end && end != period.Start ? $"{Date(period.Start)} to {Date(end)}" : Date(period.Start);

    /// <summary>A name such as "MedicalLicense" with its words apart and its capitals kept: "Medical License".</summary>
    public static string Spaced(string pascal) => WordStart().Replace(pascal, " ");

    /// <summary>What a project's confidentiality asks of the expert, as the portal says it.</summary>
    public static string Confidentiality(ConfidentialityLevel level) => level switch
    {
        ConfidentialityLevel.Open => "open project",
        ConfidentialityLevel.Confidential => "confidential: keep the client's name to yourself",
        _ => "restricted: covered by your NDA, do not discuss it",
    };

    /// <summary>A payout statement's state for the expert: "credit note", "issued", "paid".</summary>
    public static string State(PortalStatement statement) =>
        statement.IsCreditNote ? "credit note" : statement.Status.ToString().ToLowerInvariant();

    /// <summary>Where a candidate stands on the NDAs: the badge's style and its words.</summary>
    public static (string Css, string Text) Nda(NdaReadiness readiness) => readiness switch
    {
        NdaReadiness.InForce => ("nda-signed", "In force"),
        NdaReadiness.MasterToSign => ("nda-sent", "Master NDA to sign"),
        NdaReadiness.ClientNdaToSign => ("nda-sent", "Client NDA at offer"),
        _ => ("nda-revoked", "Missing"),
    };

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordStart();
}
