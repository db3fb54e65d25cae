namespace ExpertNetwork.Application.Compliance;

/// <summary>The clients a client-specific NDA can belong to, by name.</summary>
public sealed class ListNdaClientsHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> HandleAsync(CancellationToken cancellationToken)
    {
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return clients.Select(c => (c.Id, c.Name)).ToList();
    }
}
