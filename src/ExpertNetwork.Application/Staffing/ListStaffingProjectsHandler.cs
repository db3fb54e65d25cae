using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Staffing;

public sealed record ProjectChoice(Guid Id, string Name, string ClientName, string Currency);

/// <summary>The projects a staffing request can be opened on (the active ones), by client and name.</summary>
public sealed class ListStaffingProjectsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<ProjectChoice>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Active)
            .Join(db.Clients.AsNoTracking(), p => p.ClientId, c => c.Id, (p, c) => new { p, c })
            .OrderBy(x => x.c.Name).ThenBy(x => x.p.Name)
            .Select(x => new ProjectChoice(x.p.Id, x.p.Name, x.c.Name, x.p.Budget.Currency))
            .ToListAsync(cancellationToken);
}
