namespace ExpertNetwork.Application.Compliance;

/// <summary>The current version of each NDA, the ones that can be sent: master first, then per client.</summary>
public sealed class ListSendableNdasHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<SendableNdaView>> HandleAsync(CancellationToken cancellationToken)
    {
        var current = await db.NdaTemplates.AsNoTracking().Where(t => t.RetiredUtc == null)
            .Select(t => new SendableNdaView(t.Id, t.Name, t.Scope, db.Clients.Where(c => c.Id == t.ClientId).Select(c => c.Name).FirstOrDefault(), t.VersionNumber, t.ValidityMonths))
            .ToListAsync(cancellationToken);
        return current.OrderBy(t => t.Scope).ThenBy(t => t.ClientName).ThenBy(t => t.Name).ToList();
    }
}
