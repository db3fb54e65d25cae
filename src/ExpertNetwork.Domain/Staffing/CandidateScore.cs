using System.Globalization;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Staffing;

/// <summary>
/// The soft score of a candidate who passed every hard filter, out of 100, in five explained parts: seniority (25),
/// track record on past engagements (20), how they answered offers (15), rate headroom under the request's maximum (20)
/// and how much of their working day overlaps the project's (20). Track record and responsiveness start from an even
/// prior (one good, one bad) so a newcomer sits in the middle rather than at either end.
/// </summary>
public sealed record CandidateScore(CandidateFacts Facts, IReadOnlyList<ScorePart> Parts)
{
    public const int SeniorityCapYears = 30;
    public const decimal WorkingDayHours = 8m;
    private static readonly TimeOnly WorkdayStart = new(9, 0);

    public decimal Total => Parts.Sum(p => p.Points);

    /// <summary>Higher total first; then the cheaper rate, then the name, then the id: the same list every time.</summary>
    public static IComparer<CandidateScore> RankOrder { get; } = Comparer<CandidateScore>.Create((a, b) =>
    {
        var c = b.Total.CompareTo(a.Total);
        if (c == 0)
            c = a.Facts.HourlyRate.CompareTo(b.Facts.HourlyRate);
        if (c == 0)
            c = string.CompareOrdinal(a.Facts.FullName, b.Facts.FullName);
        return c != 0 ? c : a.Facts.ExpertId.CompareTo(b.Facts.ExpertId);
    });

    public static CandidateScore For(CandidateFacts facts, StaffingTerms terms, Func<string, decimal>? overlapHours = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(terms);
        var years = Math.Min(facts.YearsOfExperience, SeniorityCapYears);
        var ended = facts.Completed + facts.Cancelled;
        var answered = facts.OffersAccepted + facts.OffersDeclined + facts.OffersExpired;
        var max = terms.MaxHourlyPayRate.Amount;
        var headroom = max <= 0 ? 0 : Math.Clamp((max - facts.HourlyRate) / max, 0, 1);
        var overlap = (overlapHours ?? (tz => WorkingDayOverlapHours(tz, terms.ProjectTimeZoneId, terms.Window.Start)))(facts.TimeZoneId);
        ScorePart[] parts =
        [
            new("Seniority", Points(25m * years / SeniorityCapYears),
                25, $"{facts.YearsOfExperience} years of experience" + (facts.YearsOfExperience > SeniorityCapYears ? $" (counted up to {SeniorityCapYears})" : "")),
            new("Track record", Points(20m * (facts.Completed + 1) / (ended + 2)),
                20, ended == 0 ? "No finished engagements yet" : $"{facts.Completed} completed, {facts.Cancelled} cancelled"),
            new("Responsiveness", Points(15m * (facts.OffersAccepted + 1) / (answered + 2)),
                15, answered == 0 ? "No offers answered yet"
                    : $"{facts.OffersAccepted} accepted, {facts.OffersDeclined} declined, {facts.OffersExpired} let expire"),
            new("Rate headroom", Points(20m * headroom),
                20, $"{new Money(facts.HourlyRate, terms.MaxHourlyPayRate.Currency)}, {Percent(headroom)} under the maximum"),
            new("Time-zone overlap", Points(20m * overlap / WorkingDayHours),
                20, $"{Hours(overlap)} of a 9–17 working day shared with {terms.ProjectTimeZoneId}"),
        ];
        return new CandidateScore(facts, parts);
    }

    /// <summary>
    /// Hours that a 9:00–17:00 working day in one zone shares with one in another, around a date. The expert's previous
    /// and next days count too, so Tokyo and Los Angeles share the hours either side of midnight.
    /// </summary>
    public static decimal WorkingDayOverlapHours(string expertTimeZoneId, string projectTimeZoneId, DateOnly day)
    {
        var projectStart = TimeZones.ToUtc(day, WorkdayStart, projectTimeZoneId);
        var projectEnd = projectStart.AddHours((double)WorkingDayHours);
        var best = TimeSpan.Zero;
        foreach (var offset in new[] { -1, 0, 1 })
        {
            var start = TimeZones.ToUtc(day.AddDays(offset), WorkdayStart, expertTimeZoneId);
            var end = start.AddHours((double)WorkingDayHours);
            var shared = (end < projectEnd ? end : projectEnd) - (start > projectStart ? start : projectStart);
            if (shared > best)
                best = shared;
        }
        return (decimal)best.TotalHours;
    }

    private static decimal Points(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture) + " h";
}
