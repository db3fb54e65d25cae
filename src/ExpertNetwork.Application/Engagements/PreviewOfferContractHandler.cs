using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Engagements;

/// <summary>The contract of the offer behind a link, to read before accepting.</summary>
public sealed record PreviewOfferContractQuery(string? Token);

/// <summary>Renders the contract of an answerable offer as a PDF for this response; nothing is stored or changed.</summary>
public sealed class PreviewOfferContractHandler(IAppDbContext db, IContractDocuments contracts, IClock clock)
{
    /// <returns>The PDF, or null when the link cannot be answered.</returns>
    public async Task<byte[]?> HandleAsync(PreviewOfferContractQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = await OfferContext.ForTokenAsync(db, query.Token, tracked: false, cancellationToken);
        if (context is null || context.Engagement.LinkStateAt(clock.UtcNow, context.Request) != OfferLinkState.Answerable)
            return null;
        return contracts.RenderPreview(contracts.Render(context.ContractFacts));
    }
}
