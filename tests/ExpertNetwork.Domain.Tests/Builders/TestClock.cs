namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>Fixed instants so every test reads the same calendar; never the machine clock.</summary>
public static class TestClock
{
    /// <summary>Monday 2 March 2026, 09:00 UTC: "now" unless a test says otherwise.</summary>
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static DateOnly Today => DateOnly.FromDateTime(Now);

    public static DateTime Utc(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
