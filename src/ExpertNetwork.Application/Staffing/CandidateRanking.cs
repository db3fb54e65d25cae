using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

internal sealed record RankedCandidate(CandidateScore Score, string Email, decimal WeeklyCapacityHours);

/// <summary>
/// The fitting experts of a request, best first: one query reads the facts the score needs (rate, years, zone and
/// engagement counts per status, each an index probe); the score is computed in memory, since time-zone overlap needs
/// the zone rules. Shared by the candidates page and the next wave of offers.
/// </summary>
internal static class CandidateRanking
{
    public static async Task<List<RankedCandidate>> RankAsync(IAppDbContext db, StaffingTerms terms, DateTime nowUtc, bool excludeEngagedOnRequest,
        CancellationToken cancellationToken)
    {
        var fitting = await StaffingFitQuery.FittingAsync(db, terms, nowUtc, cancellationToken);
        var requestId = terms.StaffingRequestId;
        if (excludeEngagedOnRequest)
            fitting = fitting.Where(e => !db.Engagements.Any(g => g.ExpertId == e.Id && g.StaffingRequestId == requestId));
        var activity = terms.Activity;
        var currency = terms.MaxHourlyPayRate.Currency;
        var start = terms.Window.Start;
        var facts = await fitting.Select(e => new
            {
                Facts = new CandidateFacts(
                    e.Id, e.FullName, e.YearsOfExperience, e.TimeZoneId,
                    e.Rates.Where(r => r.Activity == activity && r.HourlyRate.Currency == currency
                            && r.Effective.Start <= start && (r.Effective.End == null || r.Effective.End >= start))
                        .Select(r => r.HourlyRate.Amount).FirstOrDefault(),
                    db.Engagements.Count(g => g.ExpertId == e.Id && g.Status == EngagementStatus.Completed),
                    db.Engagements.Count(g => g.ExpertId == e.Id && g.Status == EngagementStatus.Cancelled),
                    db.Engagements.Count(g => g.ExpertId == e.Id && (g.Status == EngagementStatus.Accepted || g.Status == EngagementStatus.Active
                        || g.Status == EngagementStatus.Completed || g.Status == EngagementStatus.Cancelled)),
                    db.Engagements.Count(g => g.ExpertId == e.Id && g.Status == EngagementStatus.Declined),
                    db.Engagements.Count(g => g.ExpertId == e.Id && g.Status == EngagementStatus.Expired)),
                e.Email,
                e.WeeklyCapacityHours,
            })
            .ToListAsync(cancellationToken);

        var overlap = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal Overlap(string zone)
        {
            if (!overlap.TryGetValue(zone, out var hours))
                overlap[zone] = hours = CandidateScore.WorkingDayOverlapHours(zone, terms.ProjectTimeZoneId, terms.Window.Start);
            return hours;
        }
        var ranked = facts.Select(f => new RankedCandidate(CandidateScore.For(f.Facts, terms, Overlap), f.Email, f.WeeklyCapacityHours)).ToList();
        ranked.Sort((a, b) => CandidateScore.RankOrder.Compare(a.Score, b.Score));
        return ranked;
    }
}
