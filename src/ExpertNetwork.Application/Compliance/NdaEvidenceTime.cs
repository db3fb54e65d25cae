using System.Globalization;

namespace ExpertNetwork.Application.Compliance;

/// <summary>Instants as the evidence page and the pages around signing show them: UTC, and the expert's local time.</summary>
public static class NdaEvidenceTime
{
    public static string Utc(DateTime utc) =>
        utc.ToString("d MMMM yyyy, HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>E.g. "16 March 2026, 10:30:15 (Europe/Warsaw, UTC+01:00)"; an unknown zone falls back to UTC (also below).</summary>
    public static string Local(DateTime utc, string timeZoneId) => Local(utc, timeZoneId, "d MMMM yyyy, HH:mm:ss");

    /// <summary>A deadline the expert reads, to the minute: "23 March 2026, 10:30 (Europe/Warsaw, UTC+01:00)".</summary>
    public static string Deadline(DateTime utc, string timeZoneId) => Local(utc, timeZoneId, "d MMMM yyyy, HH:mm");

    private static string Local(DateTime utc, string timeZoneId, string format)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
            return utc.ToString(format, CultureInfo.InvariantCulture) + " UTC";
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var offset = zone.GetUtcOffset(local);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture,
            $"{local.ToString(format, CultureInfo.InvariantCulture)} ({zone.Id}, UTC{sign}{offset.Duration():hh\\:mm})");
    }
}
