using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Compliance;

/// <summary>An agreement with the expert and the NDA version it belongs to, as the link pages and signing need them.</summary>
internal sealed record NdaAgreementContext(NdaAgreement Agreement, Expert Expert, NdaTemplate Template, string? ClientName)
{
    public NdaDocumentFacts Facts => new(
        Agreement.Id, Template.Name, Template.VersionNumber, Expert.FullName, Expert.Email, Expert.CountryCode,
        ClientName, Agreement.SentUtc, Agreement.ValidityMonths);

    /// <summary>The agreement a link token belongs to, or null for a malformed, unknown or replaced token.</summary>
    public static async Task<NdaAgreementContext?> ForTokenAsync(IAppDbContext db, string? token, bool tracked, CancellationToken cancellationToken)
    {
        if (!LinkToken.IsWellFormed(token))
            return null;
        var hash = LinkToken.HashOf(token!);
        var agreements = tracked ? db.NdaAgreements : db.NdaAgreements.AsNoTracking();
        var agreement = await agreements.SingleOrDefaultAsync(n => n.LinkTokenSha256 == hash, cancellationToken);
        return agreement is null ? null : await ForAsync(db, agreement, cancellationToken);
    }

    public static async Task<NdaAgreementContext> ForAsync(IAppDbContext db, NdaAgreement agreement, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == agreement.ExpertId, cancellationToken);
        var template = await db.NdaTemplates.AsNoTracking().SingleAsync(t => t.Id == agreement.NdaTemplateId, cancellationToken);
        var clientName = agreement.ClientId is { } clientId
            ? await db.Clients.AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new NdaAgreementContext(agreement, expert, template, clientName);
    }
}
