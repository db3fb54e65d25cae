using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public sealed record GetInvoiceQuery(Guid Id) : BillingDocumentRequest(BillingSide.Invoice, Id);

/// <summary>One invoice or credit note with its lines, its client's billing details and the documents it is linked to.</summary>
public sealed class GetInvoiceHandler(IAppDbContext db) : GetBillingDocumentHandler<GetInvoiceQuery, Invoice, InvoiceDetail>(db, db.Invoices)
{
    private protected override async Task<InvoiceDetail> DescribeAsync(Invoice invoice, DocumentTrail trail, CancellationToken cancellationToken)
    {
        var client = await Db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
        var project = await Db.Projects.AsNoTracking().Where(p => p.Id == invoice.ProjectId).Select(p => new { p.Code, p.Name }).SingleAsync(cancellationToken);
        return new InvoiceDetail(
            invoice.Id, invoice.Version, invoice.Number, invoice.Kind, invoice.Status, client.Id, client.Name, client.LegalName, client.VatNumber,
            client.BillingAddress, invoice.ProjectId, project.Code, project.Name, invoice.Period.Start, invoice.Period.End ?? invoice.Period.Start,
            invoice.Currency, invoice.Subtotal, invoice.TaxRate, invoice.TaxAmount, invoice.Total, invoice.ReverseCharge, invoice.PseudonymousExperts,
            invoice.CreatedUtc, invoice.IssuedUtc, invoice.IssueDate, invoice.DueDate, invoice.PaidOn, invoice.PaymentReference, invoice.VoidedUtc,
            invoice.VoidReason, trail.CreditNote, trail.Credits, invoice.PdfStorageKey is not null, invoice.PdfSha256, trail.TimeEntryCount, trail.Lines)
        {
            ClientBillingEmail = client.BillingEmail,
            SentUtc = invoice.SentUtc,
            SentTo = invoice.SentTo,
        };
    }
}
