using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

/// <summary>One page of the project list (numbered from 1).</summary>
public sealed record ListProjectsQuery(int Page, int PageSize);

public sealed class ListProjectsHandler(IAppDbContext db)
{
    /// <returns>A page of projects (active first, then by start date, newest first, then name) with their clients' names.</returns>
    public async Task<PagedResult<ProjectListItem>> HandleAsync(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await db.Projects.AsNoTracking()
            .OrderBy(p => p.Status == ProjectStatus.Active ? 0 : 1).ThenByDescending(p => p.Window.Start).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Join(db.Clients.AsNoTracking(), p => p.ClientId, c => c.Id, (p, c) => new ProjectListItem(
                p.Id, p.Code, p.Name, p.ClientId, c.Name, p.Status, p.Confidentiality, p.Budget.Amount, p.Budget.Currency, p.Window.Start, p.Window.End))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    internal static ProjectListItem ToListItem(Project p, string clientName) =>
        new(p.Id, p.Code, p.Name, p.ClientId, clientName, p.Status, p.Confidentiality, p.Budget.Amount, p.Currency, p.Window.Start, p.Window.End);
}
