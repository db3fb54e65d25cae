namespace ExpertNetwork.Application.Clients;

public sealed record GetProjectQuery(Guid ProjectId);

public sealed class GetProjectHandler(IAppDbContext db)
{
    /// <returns>The project with its price list (by tier, activity, then start), or null when there is no such project.</returns>
    public async Task<ProjectDetail?> HandleAsync(GetProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.ProjectId;
        var p = await db.Projects.AsNoTracking().Include(x => x.PriceList).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (p is null)
            return null;
        var clientName = await db.Clients.AsNoTracking().Where(c => c.Id == p.ClientId).Select(c => c.Name).SingleAsync(cancellationToken);
        var domainName = p.DomainSpecialtyId is { } specialtyId
            ? await db.Specialties.AsNoTracking().Where(s => s.Id == specialtyId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var prices = p.PriceList.OrderBy(e => e.Tier).ThenBy(e => e.Activity).ThenBy(e => e.Effective.Start)
            .Select(e => new PriceListEntryView(e.Id, e.Tier.ToString(), e.Activity.ToString(), e.HourlyRate.Amount, e.HourlyRate.Currency, e.Effective.Start, e.Effective.End))
            .ToList();
        return new ProjectDetail(p.Id, p.Version, p.ClientId, clientName, p.Name, p.Code, p.DomainSpecialtyId, domainName, p.Description,
            p.ExpertBrief, p.Confidentiality, p.RequiredNdaScope.ToString(), p.RequiresConflictDeclaration, p.Budget.Amount, p.Currency,
            p.TimeZoneId, p.Window.Start, p.Window.End, p.Status, p.StatusReason, p.CreatedUtc, prices);
    }
}
