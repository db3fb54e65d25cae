using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Engagements;

/// <summary>An accepted contract's PDF as stored, with a file name for the download.</summary>
public sealed record AcceptedContractFile(string FileName, byte[] Content);

/// <summary>The accepted contract behind an offer link.</summary>
public sealed record GetAcceptedContractQuery(string? Token);

/// <summary>The accepted contract PDF through the offer link, while the link offers a copy (seven days after acceptance).</summary>
public sealed class GetAcceptedContractHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    public async Task<AcceptedContractFile?> HandleAsync(GetAcceptedContractQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = await OfferContext.ForTokenAsync(db, query.Token, tracked: false, cancellationToken);
        if (context is null || !OpenOfferLinkHandler.OffersContractCopyAt(context.Engagement, clock.UtcNow))
            return null;
        return await ReadAsync(context.Engagement, context.Disclosure.Title, cancellationToken);
    }

    private async Task<AcceptedContractFile?> ReadAsync(Engagement engagement, string title, CancellationToken cancellationToken)
    {
        var bytes = await StoredDocuments.ReadVerifiedAsync(files, engagement.ContractPdfKey!, engagement.ContractPdfSha256, $"contract PDF of engagement {engagement.Id}", cancellationToken);
        if (bytes is null)
            return null;
        return new AcceptedContractFile(AcceptOfferHandler.ContractFileName(title), bytes);
    }
}
