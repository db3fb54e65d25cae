using System.Globalization;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Common;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("Europe/Warsaw")]
    [InlineData("America/New_York")]
    [InlineData("  Asia/Tokyo  ")]
    public void An_iana_zone_is_accepted(string zone)
    {
        TimeZones.RequireIana(zone).ShouldBe(zone.Trim());
    }

    [Fact]
    public void An_unknown_zone_is_refused()
    {
        Should.Throw<Refusal>(() => TimeZones.RequireIana("Mars/Olympus"))
            .Message.ShouldBe("'Mars/Olympus' is not a known IANA time zone (for example Europe/Warsaw or America/New_York).");
    }

    [Theory]
    [InlineData("Central European Standard Time")]
    [InlineData("Eastern Standard Time")]
    public void A_windows_zone_id_is_refused_so_stored_zones_mean_the_same_everywhere(string windowsId)
    {
        Should.Throw<Refusal>(() => TimeZones.RequireIana(windowsId))
            .Message.ShouldContain("is not a known IANA time zone");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_zone_is_refused(string? zone)
    {
        Should.Throw<Refusal>(() => TimeZones.RequireIana(zone))
            .Message.ShouldBe("A time zone is required.");
    }

    [Theory]
    [InlineData("2026-03-02", "09:00", "Europe/Warsaw", "2026-03-02T08:00:00Z")]
    [InlineData("2026-07-01", "09:00", "Europe/Warsaw", "2026-07-01T07:00:00Z")]
    [InlineData("2026-10-31", "09:00", "America/New_York", "2026-10-31T13:00:00Z")]
    [InlineData("2026-11-02", "09:00", "America/New_York", "2026-11-02T14:00:00Z")]
    public void Wall_clock_time_converts_with_the_offset_in_force_that_day(string date, string time, string zone, string expectedUtc)
    {
        var utc = TimeZones.ToUtc(Date(date), Time(time), zone);

        utc.ShouldBe(Utc(expectedUtc));
        utc.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("2026-03-29", "02:30", "Europe/Warsaw", "2026-03-29T01:30:00Z")]
    [InlineData("2026-03-08", "02:15", "America/New_York", "2026-03-08T07:15:00Z")]
    public void A_time_skipped_by_the_spring_forward_jump_moves_forward_by_the_gap(string date, string time, string zone, string expectedUtc)
    {
        var utc = TimeZones.ToUtc(Date(date), Time(time), zone);

        utc.ShouldBe(Utc(expectedUtc));
        TimeZones.ToLocal(utc, zone).TimeOfDay.ShouldBe(Time(time).AddHours(1).ToTimeSpan());
    }

    [Fact]
    public void A_time_skipped_by_a_half_hour_jump_moves_forward_by_half_an_hour()
    {
        // Lord Howe Island moves its clocks by 30 minutes: 02:00 becomes 02:30 on 4 October 2026.
        var utc = TimeZones.ToUtc(new DateOnly(2026, 10, 4), new TimeOnly(2, 15), "Australia/Lord_Howe");

        TimeZones.ToLocal(utc, "Australia/Lord_Howe").ShouldBe(new DateTime(2026, 10, 4, 2, 45, 0));
    }

    [Theory]
    [InlineData("2026-10-25", "02:30", "Europe/Warsaw", "2026-10-25T00:30:00Z")]
    [InlineData("2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00Z")]
    public void A_time_repeated_when_clocks_go_back_takes_the_first_occurrence(string date, string time, string zone, string expectedUtc)
    {
        TimeZones.ToUtc(Date(date), Time(time), zone).ShouldBe(Utc(expectedUtc));
    }

    [Fact]
    public void Today_is_the_calendar_day_in_the_zone_not_in_utc()
    {
        var lateEveningInNewYork = new DateTime(2026, 3, 3, 3, 0, 0, DateTimeKind.Utc);

        TimeZones.TodayIn(lateEveningInNewYork, "America/New_York").ShouldBe(new DateOnly(2026, 3, 2));
        TimeZones.TodayIn(lateEveningInNewYork, "Europe/Warsaw").ShouldBe(new DateOnly(2026, 3, 3));
    }

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeOnly Time(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

    private static DateTime Utc(string value) =>
        DateTime.ParseExact(value, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
