using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>The staffing board, of requests in one status (null for all).</summary>
public sealed record GetStaffingBoardQuery(StaffingRequestStatus? Status);

/// <summary>
/// The staffing board: requests with their project and client, seats filled of seats needed, offers waiting for an
/// answer, when they opened and (once filled) how long staffing took. Open requests come oldest first, so the one
/// waiting longest is at the top; filled and closed ones newest first.
/// </summary>
public sealed class GetStaffingBoardHandler(IAppDbContext db, IClock clock)
{
    public const int Limit = 200;

    public async Task<StaffingBoardView> HandleAsync(GetStaffingBoardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var status = query.Status;
        var counts = await db.StaffingRequests.AsNoTracking()
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        foreach (var s in Enum.GetValues<StaffingRequestStatus>())
            counts.TryAdd(s, 0);

        var requests = db.StaffingRequests.AsNoTracking().Where(r => status == null || r.Status == status);
        var ordered = status == StaffingRequestStatus.Open
            ? requests.OrderBy(r => r.OpenedUtc).ThenBy(r => r.Id)
            : requests.OrderBy(r => r.Status == StaffingRequestStatus.Open ? 0 : 1).ThenByDescending(r => r.OpenedUtc).ThenBy(r => r.Id);

        var rows = await ordered.Take(Limit)
            .Join(db.Projects.AsNoTracking(), r => r.ProjectId, p => p.Id, (r, p) => new { r, p })
            .Join(db.Clients.AsNoTracking(), x => x.p.ClientId, c => c.Id, (x, c) => new StaffingBoardRow(
                x.r.Id, x.r.Title, x.p.Id, x.p.Name, c.Name, x.r.Status, x.r.SeatsFilled, x.r.SeatsNeeded,
                db.Engagements.Count(e => e.StaffingRequestId == x.r.Id && e.Status == EngagementStatus.Offered),
                x.r.OpenedUtc, x.r.FilledUtc, x.r.ClosedUtc))
            .ToListAsync(cancellationToken);
        return new StaffingBoardView(status, rows, counts) { AsOfUtc = clock.UtcNow };
    }
}
