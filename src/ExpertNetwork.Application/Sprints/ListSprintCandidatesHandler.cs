using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Sprints;

public sealed record ListSprintCandidatesQuery(Guid ProjectId);

/// <summary>A project's accepted or active engagements, the experts a sprint's participants are chosen from, by name.</summary>
public sealed class ListSprintCandidatesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<SprintCandidate>> HandleAsync(ListSprintCandidatesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var projectId = query.ProjectId;
        var rows = await (from e in db.Engagements.AsNoTracking()
                          join x in db.Experts.AsNoTracking() on e.ExpertId equals x.Id
                          where e.ProjectId == projectId && (e.Status == EngagementStatus.Accepted || e.Status == EngagementStatus.Active)
                          select new SprintCandidate(e.Id, x.Id, x.FullName, x.TimeZoneId, e.Status, e.Activity, e.HoursPerWeek, e.HoursCap, x.WeeklyCapacityHours))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.ExpertName, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
