using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Clients;

public sealed class ListProjectsHandler(IAppDbContext db)
{
    /// <returns>Every project (active first, then by start date, newest first) with its client's name.</returns>
    public async Task<IReadOnlyList<ProjectListItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var names = await db.Clients.AsNoTracking().Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var projects = await db.Projects.AsNoTracking().ToListAsync(cancellationToken);
        return projects
            .OrderBy(p => p.Status).ThenByDescending(p => p.Window.Start).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => ToListItem(p, names.GetValueOrDefault(p.ClientId, "?")))
            .ToList();
    }

    internal static ProjectListItem ToListItem(Project p, string clientName) =>
        new(p.Id, p.Code, p.Name, p.ClientId, clientName, p.Status, p.Confidentiality, p.Budget.Amount, p.Currency, p.Window.Start, p.Window.End);
}
