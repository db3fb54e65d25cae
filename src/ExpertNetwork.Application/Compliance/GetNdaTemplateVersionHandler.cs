namespace ExpertNetwork.Application.Compliance;

public sealed record GetNdaTemplateVersionQuery(Guid Id);

/// <summary>One NDA version with its text and its concurrency version, which the "publish a new version" form carries.</summary>
public sealed record NdaTemplateVersionDetail(NdaTemplateVersionView View, string Body, int ConcurrencyVersion);

public sealed class GetNdaTemplateVersionHandler(IAppDbContext db)
{
    /// <returns>The version, or null when there is none with this id.</returns>
    public async Task<NdaTemplateVersionDetail?> HandleAsync(GetNdaTemplateVersionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.Id;
        var t = await db.NdaTemplates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (t is null)
            return null;
        var clientName = t.ClientId is { } c ? await db.Clients.AsNoTracking().Where(x => x.Id == c).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var count = await db.NdaAgreements.CountAsync(n => n.NdaTemplateId == id, cancellationToken);
        return new NdaTemplateVersionDetail(
            new NdaTemplateVersionView(t.Id, t.Name, t.Scope, t.ClientId, clientName, t.VersionNumber, t.ValidityMonths, t.BodySha256, t.CreatedUtc, t.RetiredUtc, count),
            t.Body, t.Version);
    }
}
