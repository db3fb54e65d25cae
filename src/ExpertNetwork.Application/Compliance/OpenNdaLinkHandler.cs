using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>The token of an NDA link as it arrived in the address (possibly malformed).</summary>
public sealed record OpenNdaLinkQuery(string? Token);

/// <summary>
/// Reads what an NDA link leads to. Strictly read-only: mail scanners and link previews fetch links before the
/// expert does, so opening a link must never sign, expire or otherwise change anything.
/// </summary>
public sealed class OpenNdaLinkHandler(IAppDbContext db, INdaDocuments documents, IClock clock)
{
    /// <returns>The view, or null when the token is malformed, unknown or replaced by a newer link.</returns>
    public async Task<NdaLinkView?> HandleAsync(OpenNdaLinkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = await NdaAgreementContext.ForTokenAsync(db, query.Token, tracked: false, cancellationToken);
        if (context is null)
            return null;
        var (agreement, expert, template, _) = context;
        var now = clock.UtcNow;
        var state = agreement.LinkStateAt(now);
        var document = state == NdaLinkState.Signable ? documents.Render(template.Body, context.Facts) : null;
        return new NdaLinkView(state, agreement.Id, expert.FullName, expert.Email, expert.TimeZoneId, template.Name, template.VersionNumber,
            agreement.SignByUtc, document, agreement.SignedUtc, agreement.SignerName, agreement.OffersSignedCopyAt(now));
    }
}
