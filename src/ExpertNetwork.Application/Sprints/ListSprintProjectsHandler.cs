using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Sprints;

/// <summary>The projects a sprint can be scheduled on (the active ones), by client and name.</summary>
public sealed class ListSprintProjectsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<SprintProject>> HandleAsync(CancellationToken cancellationToken) =>
        await (from p in db.Projects.AsNoTracking()
               join c in db.Clients.AsNoTracking() on p.ClientId equals c.Id
               where p.Status == ProjectStatus.Active
               orderby c.Name, p.Name
               select new SprintProject(p.Id, p.Code, p.Name, c.Name, p.TimeZoneId)).ToListAsync(cancellationToken);
}
