using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>NDA texts and their versions: master first, then per client.</summary>
public sealed class ListNdaTemplatesHandler(IAppDbContext db)
{
    public async Task<IReadOnlyList<NdaTemplateFamilyView>> HandleAsync(CancellationToken cancellationToken)
    {
        var versions = await db.NdaTemplates.AsNoTracking()
            .Select(t => new NdaTemplateVersionView(
                t.Id, t.Name, t.Scope, t.ClientId,
                db.Clients.Where(c => c.Id == t.ClientId).Select(c => c.Name).FirstOrDefault(),
                t.VersionNumber, t.ValidityMonths, t.BodySha256, t.CreatedUtc, t.RetiredUtc,
                db.NdaAgreements.Count(n => n.NdaTemplateId == t.Id)))
            .ToListAsync(cancellationToken);
        return versions
            .GroupBy(v => v.Name)
            .Select(g => new NdaTemplateFamilyView(g.Key, g.First().Scope, g.First().ClientName, g.OrderByDescending(v => v.VersionNumber).ToList()))
            .OrderBy(f => f.Scope).ThenBy(f => f.ClientName).ThenBy(f => f.Name)
            .ToList();
    }
}
