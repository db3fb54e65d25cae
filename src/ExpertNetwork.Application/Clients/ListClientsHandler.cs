using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

/// <summary>One page of the client list (numbered from 1).</summary>
public sealed record ListClientsQuery(int Page, int PageSize);

public sealed class ListClientsHandler(IAppDbContext db)
{
    /// <returns>A page of clients by name (live first), with how many active projects each has.</returns>
    public async Task<PagedResult<ClientListItem>> HandleAsync(ListClientsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await db.Clients.AsNoTracking()
            .OrderBy(c => c.IsArchived).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new ClientListItem(c.Id, c.Name, c.CountryCode, c.Currency, c.VatRate, c.RequiresClientNda, c.IsArchived,
                db.Projects.Count(p => p.ClientId == c.Id && p.Status == ProjectStatus.Active)))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    /// <returns>Every client by name (live first), with how many active projects each has.</returns>
    public async Task<IReadOnlyList<ClientListItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var active = await db.Projects.AsNoTracking().Where(p => p.Status == ProjectStatus.Active)
            .GroupBy(p => p.ClientId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var clients = await db.Clients.AsNoTracking().ToListAsync(cancellationToken);
        return clients
            .OrderBy(c => c.IsArchived).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => new ClientListItem(c.Id, c.Name, c.CountryCode, c.Currency, c.VatRate, c.RequiresClientNda, c.IsArchived,
                active.GetValueOrDefault(c.Id)))
            .ToList();
    }
}
