using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// The PDF of a document of either side: an issued one's stored file, hash-checked, named by its number
/// (<c>INV-2026-000123.pdf</c>); a draft's preview marked DRAFT, rendered now and never stored, which each side makes.
/// </summary>
public abstract class GetBillingPdfHandler<TQuery, TDocument>(IQueryable<TDocument> documents, IFileStore files)
    where TQuery : BillingDocumentRequest where TDocument : BillingDocument
{
    public async Task<DocumentFile> HandleAsync(TQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var document = await BillingDocuments.FindAsync(documents.AsNoTracking(), query.Side, query.DocumentId, cancellationToken);
        if (document.Status == DocumentStatus.Draft)
            return await PreviewAsync(document, cancellationToken);
        var what = $"PDF of {BillingDocuments.Noun(query.Side)} {document.Number}";
        var bytes = document.PdfStorageKey is { } key ? await StoredDocuments.ReadVerifiedAsync(files, key, document.PdfSha256, what, cancellationToken) : null;
        return new DocumentFile(bytes ?? throw Refusal.NotFound("The " + what), BillingPdfs.FileSafe(document.Number!) + ".pdf");
    }

    private protected abstract Task<DocumentFile> PreviewAsync(TDocument draft, CancellationToken cancellationToken);
}

public sealed record GetInvoicePdfQuery(Guid InvoiceId) : BillingDocumentRequest(BillingSide.Invoice, InvoiceId);

/// <summary>The PDF of an invoice or credit note; a draft's preview is named <c>draft-&lt;project code&gt;-&lt;period&gt;.pdf</c>.</summary>
public sealed class GetInvoicePdfHandler(IAppDbContext db, IFileStore files, IDocumentRenderer renderer, FinanceOptions options)
    : GetBillingPdfHandler<GetInvoicePdfQuery, Invoice>(db.Invoices, files)
{
    private protected override async Task<DocumentFile> PreviewAsync(Invoice draft, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == draft.ClientId, cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == draft.ProjectId, cancellationToken);
        var preview = BillingPdfs.Invoice(renderer, options, draft, client, project, null);
        return new DocumentFile(preview.Pdf, $"draft-{BillingPdfs.FileSafe(project.Code)}-{BillingPdfs.Period(draft)}.pdf");
    }
}

public sealed record GetPayoutStatementPdfQuery(Guid StatementId) : BillingDocumentRequest(BillingSide.Payout, StatementId);

/// <summary>The PDF of a payout statement or its credit note; a draft's preview is named <c>draft-payout-&lt;period&gt;-&lt;id prefix&gt;.pdf</c>.</summary>
public sealed class GetPayoutStatementPdfHandler(IAppDbContext db, IFileStore files, IDocumentRenderer renderer, FinanceOptions options)
    : GetBillingPdfHandler<GetPayoutStatementPdfQuery, PayoutStatement>(db.PayoutStatements, files)
{
    private protected override async Task<DocumentFile> PreviewAsync(PayoutStatement draft, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.AsNoTracking().SingleAsync(x => x.Id == draft.ExpertId, cancellationToken);
        var preview = BillingPdfs.Statement(renderer, options, draft, expert, null);
        return new DocumentFile(preview.Pdf, $"draft-payout-{BillingPdfs.Period(draft)}-{draft.Id.ToString("N")[^8..]}.pdf");
    }
}
