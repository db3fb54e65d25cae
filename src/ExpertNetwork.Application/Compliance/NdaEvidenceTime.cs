using System.Globalization;

namespace ExpertNetwork.Application.Compliance;

/// <summary>Instants as the evidence page and the pages around signing show them: UTC, and the expert's local time.</summary>
public static class NdaEvidenceTime
{
    public static string Utc(DateTime utc) =>
        utc.ToString("d MMMM yyyy, HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>E.g. "16 March 2026, 10:30:15 (Europe/Warsaw, UTC+01:00)"; an unknown zone falls back to UTC.</summary>
    public static string Local(DateTime utc, string timeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
            return Utc(utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var offset = zone.GetUtcOffset(local);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture,
            $"{local:d MMMM yyyy, HH:mm:ss} ({zone.Id}, UTC{sign}{offset.Duration():hh\\:mm})");
    }
}
