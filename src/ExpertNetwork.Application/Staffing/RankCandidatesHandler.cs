using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// Ranks the experts who pass every hard filter of a staffing request by their soft score (<see cref="CandidateScore"/>).
/// One query reads the fitting experts with the facts the score needs (rate, years, zone and engagement counts per
/// status, each an index probe) and the page's contact columns; the score is computed in memory, since time-zone overlap
/// needs the zone rules, and the page's extra rows (engagements, NDAs, blackouts) are read for that page only. The
/// statements are few because each round trip counts when the database server is busy.
/// </summary>
public sealed class RankCandidatesHandler(IAppDbContext db, IClock clock)
{
    /// <exception cref="Refusal">The request does not exist.</exception>
    public async Task<CandidatesView> HandleAsync(Guid staffingRequestId, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, Paging.MaxPageSize);
        var (request, project, terms) = await StaffingTermsLoading.LoadAsync(db, staffingRequestId, cancellationToken);
        var now = clock.UtcNow;
        var ranked = await RankAsync(terms, now, excludeEngagedOnRequest: false, cancellationToken);

        var slice = ranked.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var rows = await DescribeAsync(terms, slice, (page - 1) * pageSize, now, cancellationToken);
        var header = new CandidateRequestHeader(request.Id, request.Title, project.Name, terms.ClientName, terms.SpecialtyNames, request.Activity, request.Window,
            request.HoursPerWeek, request.MaxHourlyPayRate, request.SeatsNeeded, request.SeatsFilled, request.Status.ToString(), terms.ProjectTimeZoneId);
        return new CandidatesView(header, new PagedResult<CandidateRow>(rows, page, pageSize, ranked.Count));
    }

    /// <summary>
    /// The top-ranked fitting experts in rank order, leaving out anyone who already has an engagement of any status on
    /// the request (the next wave of offers).
    /// </summary>
    /// <exception cref="Refusal">The request does not exist.</exception>
    public async Task<IReadOnlyList<Guid>> NextCandidatesAsync(Guid staffingRequestId, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
            return [];
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, staffingRequestId, cancellationToken);
        var ranked = await RankAsync(terms, clock.UtcNow, excludeEngagedOnRequest: true, cancellationToken);
        return ranked.Take(count).Select(s => s.Score.Facts.ExpertId).ToList();
    }

    private sealed record Ranked(CandidateScore Score, string Email, decimal WeeklyCapacityHours);

    private async Task<List<Ranked>> RankAsync(StaffingTerms terms, DateTime nowUtc, bool excludeEngagedOnRequest, CancellationToken cancellationToken)
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
        var ranked = facts.Select(f => new Ranked(CandidateScore.For(f.Facts, terms, Overlap), f.Email, f.WeeklyCapacityHours)).ToList();
        ranked.Sort((a, b) => CandidateScore.RankOrder.Compare(a.Score, b.Score));
        return ranked;
    }

    private async Task<List<CandidateRow>> DescribeAsync(StaffingTerms terms, List<Ranked> slice, int skipped, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var ids = slice.Select(s => s.Score.Facts.ExpertId).ToList();
        var start = terms.Window.Start;
        var end = terms.WindowEnd;
        var requestId = terms.StaffingRequestId;
        var engagements = await db.Engagements.AsNoTracking().Where(g => ids.Contains(g.ExpertId)
                && (g.StaffingRequestId == requestId
                    || ((g.Status == EngagementStatus.Offered || g.Status == EngagementStatus.Accepted || g.Status == EngagementStatus.Active)
                        && g.Window.Start <= end && (g.Window.End == null || g.Window.End >= start))))
            .ToListAsync(cancellationToken);
        var ndas = await db.NdaAgreements.AsNoTracking().Where(n => ids.Contains(n.ExpertId)).ToListAsync(cancellationToken);
        var blackouts = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id)).SelectMany(e => e.Blackouts)
            .Where(b => b.Days.Start <= end && (b.Days.End == null || b.Days.End >= start))
            .Select(b => new { b.ExpertId, b.Days }).ToListAsync(cancellationToken);

        return slice.Select((r, i) =>
        {
            var s = r.Score;
            var id = s.Facts.ExpertId;
            var onRequest = engagements.Where(g => g.ExpertId == id && g.StaffingRequestId == requestId).MaxBy(g => g.ProposedUtc);
            return new CandidateRow(
                skipped + i + 1, id, s.Facts.FullName, r.Email, s.Total, s.Parts,
                new(s.Facts.HourlyRate, terms.MaxHourlyPayRate.Currency),
                r.WeeklyCapacityHours - StaffingFitRules.HoursTaken(terms, id, engagements),
                StaffingFitRules.NdaState(terms, id, ndas, nowUtc),
                StaffingFitRules.BlackoutDaysInWindow(terms, blackouts.Where(b => b.ExpertId == id).Select(b => b.Days)),
                onRequest?.Status);
        }).ToList();
    }
}
