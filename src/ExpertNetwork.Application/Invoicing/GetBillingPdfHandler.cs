using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record GetInvoicePdfQuery(Guid InvoiceId);

/// <summary>The PDF of an invoice or credit note.</summary>
/// <remarks>Issued: the stored file, hash-checked, named <c>INV-2026-000123.pdf</c>. Draft: a preview marked DRAFT, rendered now and never stored, named <c>draft-&lt;project code&gt;-&lt;period&gt;.pdf</c>.</remarks>
public sealed class GetInvoicePdfHandler(IAppDbContext db, IFileStore files, IDocumentRenderer renderer, FinanceOptions options)
{
    public async Task<DocumentFile> HandleAsync(GetInvoicePdfQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var invoiceId = query.InvoiceId;
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        if (invoice.Status == DocumentStatus.Draft)
        {
            var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
            var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == invoice.ProjectId, cancellationToken);
            var preview = BillingPdfs.Invoice(renderer, options, invoice, client, project, null);
            return new DocumentFile(preview.Pdf, $"draft-{BillingPdfs.FileSafe(project.Code)}-{BillingPdfs.Period(invoice)}.pdf");
        }
        var what = $"PDF of invoice {invoice.Number}";
        var bytes = invoice.PdfStorageKey is { } key ? await StoredDocuments.ReadVerifiedAsync(files, key, invoice.PdfSha256, what, cancellationToken) : null;
        return new DocumentFile(bytes ?? throw Refusal.NotFound("The " + what), BillingPdfs.FileSafe(invoice.Number!) + ".pdf");
    }
}
