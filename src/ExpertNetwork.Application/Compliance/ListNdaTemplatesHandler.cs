using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Compliance;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Compliance;

/// <summary>NDA texts and their versions (master first, then per client), and the current versions that can be sent.</summary>
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

    public async Task<IReadOnlyList<SendableNdaView>> SendableAsync(CancellationToken cancellationToken)
    {
        var current = await db.NdaTemplates.AsNoTracking().Where(t => t.RetiredUtc == null)
            .Select(t => new SendableNdaView(t.Id, t.Name, t.Scope, db.Clients.Where(c => c.Id == t.ClientId).Select(c => c.Name).FirstOrDefault(), t.VersionNumber, t.ValidityMonths))
            .ToListAsync(cancellationToken);
        return current.OrderBy(t => t.Scope).ThenBy(t => t.ClientName).ThenBy(t => t.Name).ToList();
    }

    /// <summary>The concurrency version of an NDA version row, carried by the "publish a new version" form.</summary>
    public Task<int> ConcurrencyVersionAsync(Guid id, CancellationToken cancellationToken) =>
        db.NdaTemplates.AsNoTracking().Where(t => t.Id == id).Select(t => t.Version).SingleAsync(cancellationToken);

    /// <summary>Clients a client-specific NDA can belong to, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ClientsAsync(CancellationToken cancellationToken)
    {
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        return clients.Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>One version with its text, or null.</summary>
    public async Task<(NdaTemplateVersionView View, string Body)?> VersionAsync(Guid id, CancellationToken cancellationToken)
    {
        var t = await db.NdaTemplates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (t is null)
            return null;
        var clientName = t.ClientId is { } c ? await db.Clients.AsNoTracking().Where(x => x.Id == c).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var count = await db.NdaAgreements.CountAsync(n => n.NdaTemplateId == id, cancellationToken);
        return (new NdaTemplateVersionView(t.Id, t.Name, t.Scope, t.ClientId, clientName, t.VersionNumber, t.ValidityMonths, t.BodySha256, t.CreatedUtc, t.RetiredUtc, count), t.Body);
    }
}
