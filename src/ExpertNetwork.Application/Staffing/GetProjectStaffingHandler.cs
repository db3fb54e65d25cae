using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>One of a project's staffing requests with its funnel.</summary>
public sealed record ProjectStaffingRow(StaffingBoardRow Request, StaffingFunnel Funnel);

/// <summary>A project's staffing: its requests (open first), the funnel over all of them and the medians over the filled ones.</summary>
public sealed record ProjectStaffingView(IReadOnlyList<ProjectStaffingRow> Requests, StaffingFunnel Totals, StaffingMedians Medians, int SeatsNeeded, int SeatsFilled);
/// <summary>A project's staffing, by the project's id.</summary>
public sealed record GetProjectStaffingQuery(Guid ProjectId);

public sealed class GetProjectStaffingHandler(IAppDbContext db)
{
    public async Task<ProjectStaffingView> HandleAsync(GetProjectStaffingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var projectId = query.ProjectId;
        var requests = db.StaffingRequests.AsNoTracking().Where(r => r.ProjectId == projectId);
        var rows = await requests
            .OrderBy(r => r.Status == StaffingRequestStatus.Open ? 0 : 1).ThenByDescending(r => r.OpenedUtc).ThenBy(r => r.Id)
            .Take(GetStaffingBoardHandler.Limit)
            .Join(db.Projects.AsNoTracking(), r => r.ProjectId, p => p.Id, (r, p) => new { r, p })
            .Join(db.Clients.AsNoTracking(), x => x.p.ClientId, c => c.Id, (x, c) => new StaffingBoardRow(
                x.r.Id, x.r.Title, x.p.Id, x.p.Name, c.Name, x.r.Status, x.r.SeatsFilled, x.r.SeatsNeeded,
                db.Engagements.Count(e => e.StaffingRequestId == x.r.Id && e.Status == EngagementStatus.Offered),
                x.r.OpenedUtc, x.r.FilledUtc, x.r.ClosedUtc))
            .ToListAsync(cancellationToken);
        var funnels = await StaffingFigures.FunnelsByRequestAsync(db.Engagements.Where(e => e.ProjectId == projectId), cancellationToken);
        return new ProjectStaffingView(
            rows.Select(r => new ProjectStaffingRow(r, funnels.GetValueOrDefault(r.Id, StaffingFunnel.Empty))).ToList(),
            funnels.Values.Aggregate(StaffingFunnel.Empty, (sum, f) => sum.Plus(f)),
            await StaffingFigures.MediansAsync(db, requests, cancellationToken),
            rows.Sum(r => r.SeatsNeeded), rows.Sum(r => r.SeatsFilled));
    }
}
