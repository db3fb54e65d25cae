using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>One page of a staffing request's candidates (page from 1; the size is clamped to 1..<see cref="Paging.MaxPageSize"/>).</summary>
public sealed record RankCandidatesQuery(Guid StaffingRequestId, int Page = 1, int PageSize = Paging.DefaultPageSize);

/// <summary>
/// Ranks the experts who pass every hard filter of a staffing request by their soft score (<see cref="CandidateScore"/>).
/// One query reads the fitting experts with the facts the score needs and the page's contact columns
/// (<see cref="CandidateRanking"/>), and the page's extra rows (engagements, NDAs, blackouts) are read for that page only. The
/// statements are few because each round trip counts when the database server is busy.
/// </summary>
public sealed class RankCandidatesHandler(IAppDbContext db, IClock clock)
{
    /// <exception cref="Refusal">The request does not exist.</exception>
    public async Task<CandidatesView> HandleAsync(RankCandidatesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, Paging.MaxPageSize);
        var (request, project, terms) = await StaffingTermsLoading.LoadAsync(db, query.StaffingRequestId, cancellationToken);
        var now = clock.UtcNow;
        var ranked = await CandidateRanking.RankAsync(db, terms, now, excludeEngagedOnRequest: false, cancellationToken);

        var slice = ranked.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var rows = await DescribeAsync(terms, slice, (page - 1) * pageSize, now, cancellationToken);
        var header = new CandidateRequestHeader(request.Id, request.Title, project.Name, terms.ClientName, terms.SpecialtyNames, request.Activity, request.Window,
            request.HoursPerWeek, request.MaxHourlyPayRate, request.SeatsNeeded, request.SeatsFilled, request.Status.ToString(), terms.ProjectTimeZoneId);
        return new CandidatesView(header, new PagedResult<CandidateRow>(rows, page, pageSize, ranked.Count));
    }

    private async Task<List<CandidateRow>> DescribeAsync(StaffingTerms terms, List<RankedCandidate> slice, int skipped, DateTime nowUtc, CancellationToken cancellationToken)
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
