namespace ExpertNetwork.Domain.Common;

public static class TimeZones
{
    /// <summary>Accepts IANA ids only (e.g. "Europe/Warsaw"), so stored zones mean the same on every platform.</summary>
    public static string RequireIana(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
            throw Refusal.Invalid("A time zone is required.");
        var id = timeZoneId.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) || !zone.HasIanaId)
            throw Refusal.Invalid($"'{id}' is not a known IANA time zone (for example Europe/Warsaw or America/New_York).");
        return id;
    }

    public static TimeZoneInfo Find(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);

    /// <summary>
    /// Converts a wall-clock time in a zone to UTC. A time skipped by a daylight-saving jump moves forward by the gap;
    /// an ambiguous time (clocks going back) takes the first occurrence.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time, string ianaId)
    {
        var zone = Find(ianaId);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            local = local.Add(zone.GetUtcOffset(local.AddDays(1)) - zone.GetUtcOffset(local.AddDays(-1)));
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var largest = offsets.Max();
            return DateTime.SpecifyKind(local - largest, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    public static DateTime ToLocal(DateTime utc, string ianaId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Find(ianaId));

    public static DateOnly TodayIn(DateTime utcNow, string ianaId) => DateOnly.FromDateTime(ToLocal(utcNow, ianaId));
}
