using AutoMapper;
using AutoMapper.QueryableExtensions;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed record GetExpertQuery(Guid ExpertId);

public sealed class GetExpertHandler(IAppDbContext db, IMapper mapper, IClock clock)
{
    public const int HistoryLimit = 50;

    /// <returns>The expert's profile with credentials, NDAs and recent history, or null when there is no such expert.</returns>
    public async Task<ExpertDetail?> HandleAsync(GetExpertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.ExpertId;
        var detail = await db.Experts.AsNoTracking().Where(e => e.Id == id)
            .ProjectTo<ExpertDetail>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken);
        if (detail is null)
            return null;

        detail.SpecialtyNames = await db.Experts.AsNoTracking().Where(e => e.Id == id)
            .SelectMany(e => e.Specialties.Select(s => s.Specialty!.Name))
            .OrderBy(n => n).ToListAsync(cancellationToken);

        var today = DateOnly.FromDateTime(clock.UtcNow);
        detail.Credentials = await db.Credentials.AsNoTracking().Where(c => c.ExpertId == id)
            .OrderBy(c => c.Kind).ThenByDescending(c => c.IssuedOn)
            .Select(c => new CredentialView(c.Id, c.Kind, c.Issuer, c.Number, c.Jurisdiction, c.IssuedOn, c.ExpiresOn,
                c.Status, c.ReviewedBy, c.ReviewedUtc, c.RejectionReason, c.EvidenceStorageKey != null,
                c.EvidenceFileName, c.EvidenceSizeBytes, c.EvidenceSha256, c.StatusOn(today)))
            .ToListAsync(cancellationToken);

        detail.Ndas = await db.NdaAgreements.AsNoTracking().Where(n => n.ExpertId == id)
            .Join(db.NdaTemplates, n => n.NdaTemplateId, t => t.Id, (n, t) => new { n, t.Name })
            .OrderByDescending(x => x.n.SentUtc)
            .Select(x => new NdaView(x.n.Id, x.n.Scope, x.Name, x.n.TemplateVersion, x.n.Status, x.n.SentUtc, x.n.SignedUtc, x.n.ExpiresOn)
            {
                Version = x.n.Version,
                SignByUtc = x.n.SignByUtc,
                SignerName = x.n.SignerName,
                SignerIp = x.n.SignerIp,
                SignerUserAgent = x.n.SignerUserAgent,
                DocumentSha256 = x.n.DocumentSha256,
                SignedPdfSha256 = x.n.SignedPdfSha256,
                HasSignedPdf = x.n.SignedPdfKey != null,
                HasLink = x.n.LinkTokenSha256 != null,
                ClosedUtc = x.n.ClosedUtc,
                ClosedReason = x.n.ClosedReason,
            })
            .ToListAsync(cancellationToken);

        detail.Engagements = await db.Engagements.AsNoTracking().Where(e => e.ExpertId == id)
            .Join(db.Projects, e => e.ProjectId, p => p.Id, (e, p) => new { e, p.Name })
            .OrderByDescending(x => x.e.ProposedUtc)
            .Select(x => new EngagementView(x.e.Id, x.Name, x.e.Status, x.e.Activity, x.e.Window.Start, x.e.Window.End, x.e.HoursPerWeek))
            .ToListAsync(cancellationToken);

        var credentialIds = detail.Credentials.Select(c => c.Id.ToString()).ToList();
        var ndaIds = detail.Ndas.Select(n => n.Id.ToString()).ToList();
        var expertId = id.ToString();
        detail.History = await db.AuditEvents.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Expert) && a.EntityId == expertId)
                || (a.EntityType == nameof(Credential) && credentialIds.Contains(a.EntityId))
                || (a.EntityType == "NdaAgreement" && ndaIds.Contains(a.EntityId)))
            .OrderByDescending(a => a.Sequence)
            .Take(HistoryLimit)
            .Select(a => new AuditEntryView(a.Sequence, a.OccurredUtc, a.ActorKind, a.ActorName, a.Action, a.EntityType))
            .ToListAsync(cancellationToken);
        return detail;
    }
}
