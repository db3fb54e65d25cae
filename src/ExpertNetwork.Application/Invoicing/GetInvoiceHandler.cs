using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record GetInvoiceQuery(Guid Id);

/// <summary>One invoice or credit note with its lines, its client's billing details and the documents it is linked to.</summary>
public sealed class GetInvoiceHandler(IAppDbContext db)
{
    public async Task<InvoiceDetail?> HandleAsync(GetInvoiceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.Id;
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null)
            return null;
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == invoice.ProjectId).Select(p => new { p.Code, p.Name }).SingleAsync(cancellationToken);
        var linkedIds = new[] { invoice.CreditNoteId, invoice.CreditedDocumentId }.OfType<Guid>().ToList();
        var linked = await db.Invoices.AsNoTracking().Where(i => linkedIds.Contains(i.Id))
            .Select(i => new LinkedDocument(i.Id, i.Number, i.Status)).ToDictionaryAsync(l => l.Id, cancellationToken);
        // A credit note's hours are the original's: the entries stay with the original until it is voided.
        var entries = await db.TimeEntries.CountAsync(t => t.InvoiceId == id, cancellationToken);
        return new InvoiceDetail(
            invoice.Id, invoice.Version, invoice.Number, invoice.Kind, invoice.Status, client.Id, client.Name, client.LegalName, client.VatNumber,
            client.BillingAddress, invoice.ProjectId, project.Code, project.Name, invoice.Period.Start, invoice.Period.End ?? invoice.Period.Start,
            invoice.Currency, invoice.Subtotal, invoice.TaxRate, invoice.TaxAmount, invoice.Total, invoice.ReverseCharge, invoice.PseudonymousExperts,
            invoice.CreatedUtc, invoice.IssuedUtc, invoice.IssueDate, invoice.DueDate, invoice.PaidOn, invoice.PaymentReference, invoice.VoidedUtc,
            invoice.VoidReason, invoice.CreditNoteId is { } n ? linked.GetValueOrDefault(n) : null,
            invoice.CreditedDocumentId is { } c ? linked.GetValueOrDefault(c) : null,
            invoice.PdfStorageKey is not null, invoice.PdfSha256, entries,
            invoice.LinesInOrder().Select(l => new BillingLineView(l.Description, l.ExpertId, l.Activity, l.Hours, l.UnitPrice, l.Amount)).ToList())
        {
            ClientBillingEmail = client.BillingEmail,
            SentUtc = invoice.SentUtc,
            SentTo = invoice.SentTo,
        };
    }
}
