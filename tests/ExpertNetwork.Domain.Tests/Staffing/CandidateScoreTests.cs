using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Domain.Tests.Staffing;

public sealed class CandidateScoreTests
{
    private static readonly StaffingTerms Terms = new(
        Guid.NewGuid(), Guid.NewGuid(), "Northwind Bio", new HashSet<Guid>(), "Oncology", [CredentialKind.MedicalLicense], ["en"], Activity.Review, 10m,
        new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 12)), new Money(200m, "USD"), false, false, [], "America/New_York");

    private static CandidateFacts Facts(
        string name = "Ada", int years = 10, string zone = "America/New_York", decimal rate = 150m,
        int completed = 0, int cancelled = 0, int accepted = 0, int declined = 0, int expired = 0) =>
        new(Guid.NewGuid(), name, years, zone, rate, completed, cancelled, accepted, declined, expired);

    private static ScorePart Part(CandidateScore score, string name) => score.Parts.Single(p => p.Name == name);

    [Fact]
    public void The_score_is_the_sum_of_five_explained_parts_out_of_one_hundred()
    {
        var score = CandidateScore.For(Facts(years: 30, rate: 0.01m, completed: 50, accepted: 50), Terms);

        score.Parts.Select(p => p.MaxPoints).Sum().ShouldBe(100m);
        score.Total.ShouldBe(score.Parts.Sum(p => p.Points));
        Part(score, "Seniority").Points.ShouldBe(25m);
        Part(score, "Time-zone overlap").Why.ShouldBe("8 h of a 9–17 working day shared with America/New_York");
    }

    [Fact]
    public void Newcomers_sit_in_the_middle_of_track_record_and_responsiveness()
    {
        var score = CandidateScore.For(Facts(), Terms);

        Part(score, "Track record").Points.ShouldBe(10m);
        Part(score, "Track record").Why.ShouldBe("No finished engagements yet");
        Part(score, "Responsiveness").Points.ShouldBe(7.5m);
    }

    [Fact]
    public void Completed_engagements_and_accepted_offers_raise_the_score_and_cancellations_declines_and_expiries_lower_it()
    {
        var reliable = CandidateScore.For(Facts(completed: 4, accepted: 4), Terms);
        var flaky = CandidateScore.For(Facts(completed: 1, cancelled: 3, accepted: 4, declined: 2, expired: 2), Terms);

        Part(reliable, "Track record").Points.ShouldBeGreaterThan(Part(flaky, "Track record").Points);
        Part(reliable, "Responsiveness").Points.ShouldBeGreaterThan(Part(flaky, "Responsiveness").Points);
        Part(flaky, "Responsiveness").Why.ShouldBe("4 accepted, 2 declined, 2 let expire");
        Part(flaky, "Track record").Why.ShouldBe("1 completed, 3 cancelled");
    }

    [Fact]
    public void Rate_headroom_is_the_share_under_the_maximum()
    {
        var score = CandidateScore.For(Facts(rate: 150m), Terms);

        Part(score, "Rate headroom").Points.ShouldBe(5m);
        Part(score, "Rate headroom").Why.ShouldBe("150.00 USD, 25 % under the maximum");
    }

    [Theory]
    [InlineData("America/New_York", 8)]
    [InlineData("America/Chicago", 7)]
    [InlineData("Europe/London", 3)]
    [InlineData("Europe/Berlin", 2)]
    [InlineData("Asia/Tokyo", 0)]
    [InlineData("America/Los_Angeles", 5)]
    public void Time_zone_overlap_counts_the_shared_hours_of_two_nine_to_five_days(string zone, int hours)
    {
        CandidateScore.WorkingDayOverlapHours(zone, "America/New_York", new DateOnly(2026, 6, 1)).ShouldBe(hours);
    }

    [Fact]
    public void A_day_that_crosses_midnight_in_the_other_zone_still_overlaps()
    {
        // Auckland's 9–17 on 2 June (UTC+12) is 21:00–05:00 UTC; Los Angeles' 9–17 on 1 June (UTC-7) is 16:00–24:00 UTC.
        CandidateScore.WorkingDayOverlapHours("Pacific/Auckland", "America/Los_Angeles", new DateOnly(2026, 6, 1)).ShouldBe(3m);
    }

    [Fact]
    public void Equal_totals_rank_the_cheaper_rate_first_then_by_name_then_by_id()
    {
        var cheaper = CandidateScore.For(Facts("Zed", rate: 150m), Terms);
        var dearer = CandidateScore.For(Facts("Abe", rate: 160m), Terms);
        var flat = new[] { dearer, cheaper }.Select(s => s with { Parts = [new ScorePart("Seniority", 10m, 25m, "")] }).ToList();

        flat.Sort(CandidateScore.RankOrder);

        flat.Select(s => s.Facts.FullName).ShouldBe(["Zed", "Abe"]);
        var sameRate = new[] { Facts("Bea"), Facts("Al") }.Select(f => new CandidateScore(f, [new ScorePart("Seniority", 1m, 25m, "")])).ToList();
        sameRate.Sort(CandidateScore.RankOrder);
        sameRate.Select(s => s.Facts.FullName).ShouldBe(["Al", "Bea"]);
    }
}
