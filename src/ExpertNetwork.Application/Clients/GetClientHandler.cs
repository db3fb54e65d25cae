namespace ExpertNetwork.Application.Clients;

public sealed record GetClientQuery(Guid ClientId);

public sealed class GetClientHandler(IAppDbContext db)
{
    /// <returns>The client with its projects, or null when there is no such client.</returns>
    public async Task<ClientDetail?> HandleAsync(GetClientQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.ClientId;
        var c = await db.Clients.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (c is null)
            return null;
        var projects = await db.Projects.AsNoTracking().Where(p => p.ClientId == id).ToListAsync(cancellationToken);
        return new ClientDetail(c.Id, c.Version, c.Name, c.LegalName, c.BillingEmail, c.BillingAddress, c.CountryCode, c.Currency,
            c.VatRate, c.ReverseCharge, c.VatNumber, c.RequiresClientNda, [.. c.RestrictedCompanies], c.IsArchived, c.CreatedUtc,
            projects.OrderBy(p => p.Status).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => ListProjectsHandler.ToListItem(p, c.Name)).ToList());
    }
}
