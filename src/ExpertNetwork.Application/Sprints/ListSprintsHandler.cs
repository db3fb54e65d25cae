namespace ExpertNetwork.Application.Sprints;

/// <summary>Sprints, soonest start first within each status group (scheduled and running before closed and cancelled), a page at a time.</summary>
public sealed class ListSprintsHandler(IAppDbContext db)
{
    public async Task<PagedResult<SprintListItem>> HandleAsync(SprintFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, Paging.MaxPageSize);
        var sprints = db.Sprints.AsNoTracking();
        if (filter.ProjectId is { } projectId)
            sprints = sprints.Where(s => s.ProjectId == projectId);
        if (filter.Status is { } status)
            sprints = sprints.Where(s => s.Status == status);
        var query = from s in sprints
                    join p in db.Projects.AsNoTracking() on s.ProjectId equals p.Id
                    orderby s.StartUtc descending, s.Id
                    select new SprintListItem(s.Id, p.Id, p.Code, p.Name, s.Name, s.Status, s.StartDate, s.StartTime, s.EndDate, s.EndTime,
                        s.TimeZoneId, s.StartUtc, s.EndUtc, s.TargetHours, s.Participants.Count);
        return await query.ToPageAsync(page, pageSize, cancellationToken);
    }
}
