using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>A page of time entries, optionally of one project, one sprint and in one status.</summary>
public sealed record ListTimeEntriesQuery(Guid? ProjectId, Guid? SprintId, TimeEntryStatus? Status, int Page = 1, int PageSize = Paging.DefaultPageSize);

/// <summary>Time entries for integrations, filtered by project, sprint and status, newest day first, a page at a time.</summary>
public sealed class ListTimeEntriesHandler(IAppDbContext db)
{
    public Task<PagedResult<TimeEntryItem>> HandleAsync(ListTimeEntriesQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.TimeEntries.AsNoTracking();
        if (request.ProjectId is { } p)
            query = query.Where(t => t.ProjectId == p);
        if (request.SprintId is { } s)
            query = query.Where(t => t.SprintId == s);
        if (request.Status is { } st)
            query = query.Where(t => t.Status == st);
        return query.OrderByDescending(t => t.WorkDate).ThenBy(t => t.Id)
            .Select(t => new TimeEntryItem(t.Id, t.Version, t.EngagementId, t.ExpertId, t.ProjectId, t.SprintId, t.WorkDate, t.Activity, t.Hours, t.Note,
                t.Status, t.SubmittedUtc, t.ReviewedBy, t.ReviewedUtc, t.RejectionReason, t.InvoiceId != null, t.PayoutStatementId != null))
            .ToPageAsync(Math.Max(1, request.Page), Math.Clamp(request.PageSize, 1, Paging.MaxPageSize), cancellationToken);
    }
}
