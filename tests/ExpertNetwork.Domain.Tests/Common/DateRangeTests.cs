using System.Globalization;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Common;

public sealed class DateRangeTests
{
    private static DateRange Range(string start, string? end) => new(Day(start), end is null ? null : Day(end));

    private static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        Should.Throw<Refusal>(() => Range("2026-03-10", "2026-03-09"))
            .Message.ShouldBe("The end date 2026-03-09 is before the start date 2026-03-10.");
    }

    [Fact]
    public void A_single_day_range_is_allowed()
    {
        Range("2026-03-10", "2026-03-10").Contains(new DateOnly(2026, 3, 10)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-04-01", false)]
    public void Both_ends_of_a_bounded_range_are_inclusive(string day, bool contained)
    {
        Range("2026-03-01", "2026-03-31").Contains(Day(day)).ShouldBe(contained);
    }

    [Fact]
    public void An_open_range_contains_every_day_from_its_start()
    {
        var range = Range("2026-03-01", null);

        range.Contains(new DateOnly(2099, 12, 31)).ShouldBeTrue();
        range.Contains(new DateOnly(2026, 2, 28)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-31", "2026-04-30", true)]
    [InlineData("2026-03-01", "2026-03-31", "2026-04-01", "2026-04-30", false)]
    [InlineData("2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28", false)]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-10", "2026-03-12", true)]
    [InlineData("2026-03-01", null, "2030-01-01", "2030-01-31", true)]
    [InlineData("2026-03-01", null, "2026-01-01", "2026-02-28", false)]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-31", null, true)]
    [InlineData("2026-03-01", "2026-03-31", "2026-04-01", null, false)]
    [InlineData("2026-03-01", null, "2020-01-01", null, true)]
    public void Ranges_overlap_when_they_share_at_least_one_day(string start, string? end, string otherStart, string? otherEnd, bool overlaps)
    {
        var range = Range(start, end);
        var other = Range(otherStart, otherEnd);

        range.Overlaps(other).ShouldBe(overlaps);
        other.Overlaps(range).ShouldBe(overlaps);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02", 1)]
    [InlineData("2026-03-02", "2026-03-08", 1)]
    [InlineData("2026-03-02", "2026-03-09", 2)]
    [InlineData("2026-03-02", "2026-04-12", 6)]
    [InlineData("2026-03-02", "2026-04-13", 7)]
    public void Weeks_counts_the_weeks_a_bounded_range_touches(string start, string end, int weeks)
    {
        Range(start, end).Weeks.ShouldBe(weeks);
    }

    [Fact]
    public void An_open_range_has_no_weeks_to_count()
    {
        Range("2026-03-02", null).Weeks.ShouldBe(0);
    }

    [Fact]
    public void A_range_reads_as_its_dates()
    {
        Range("2026-03-02", "2026-04-12").ToString().ShouldBe("2026-03-02 to 2026-04-12");
        Range("2026-03-02", null).ToString().ShouldBe("from 2026-03-02");
    }
}
