using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Engagements;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Sprints;

/// <summary>What the sprint forms offer: active projects, and a project's accepted or active engagements to choose participants from.</summary>
public sealed class GetSprintFormHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<SprintProject>> ProjectsAsync(CancellationToken cancellationToken) =>
        await (from p in db.Projects.AsNoTracking()
               join c in db.Clients.AsNoTracking() on p.ClientId equals c.Id
               where p.Status == ProjectStatus.Active
               orderby c.Name, p.Name
               select new SprintProject(p.Id, p.Code, p.Name, c.Name, p.TimeZoneId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SprintCandidate>> CandidatesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var rows = await (from e in db.Engagements.AsNoTracking()
                          join x in db.Experts.AsNoTracking() on e.ExpertId equals x.Id
                          where e.ProjectId == projectId && (e.Status == EngagementStatus.Accepted || e.Status == EngagementStatus.Active)
                          select new SprintCandidate(e.Id, x.Id, x.FullName, x.TimeZoneId, e.Status, e.Activity, e.HoursPerWeek, e.HoursCap, x.WeeklyCapacityHours))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.ExpertName, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
