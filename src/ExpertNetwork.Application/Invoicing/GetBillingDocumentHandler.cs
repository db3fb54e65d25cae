using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What a document's page shows the same way on both sides: the documents it is linked to, its hours and its lines.</summary>
/// <param name="CreditNote">The credit note of a voided original.</param>
/// <param name="Credits">The original a credit note cancels.</param>
internal sealed record DocumentTrail(LinkedDocument? CreditNote, LinkedDocument? Credits, int TimeEntryCount, IReadOnlyList<BillingLineView> Lines);

/// <summary>One document of either side with its lines and links, or null when there is none; each side adds who it is for.</summary>
public abstract class GetBillingDocumentHandler<TQuery, TDocument, TDetail>(IAppDbContext db, IQueryable<TDocument> documents)
    where TQuery : BillingDocumentRequest where TDocument : BillingDocument where TDetail : class
{
    private protected IAppDbContext Db => db;

    public async Task<TDetail?> HandleAsync(TQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.DocumentId;
        var document = await documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
            return null;
        var (creditNote, credits) = await BillingDocuments.LinkedAsync(db, query.Side, document, cancellationToken);
        var entries = await BillingDocuments.EntryCountAsync(db, query.Side, id, cancellationToken);
        return await DescribeAsync(document, new DocumentTrail(creditNote, credits, entries, BillingDocuments.LinesOf(document)), cancellationToken);
    }

    private protected abstract Task<TDetail> DescribeAsync(TDocument document, DocumentTrail trail, CancellationToken cancellationToken);
}
