using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Voids an issued invoice by issuing a credit note that references it; returns the credit note.</summary>
/// <remarks>
/// One transaction: the credit note takes its CRN number, its PDF is stored, the original is stamped voided (nothing
/// else about it changes) and its hours are given back so they can be billed again.
/// </remarks>
public sealed class VoidInvoiceHandler(IAppDbContext db, IServiceScopeFactory scopes, IFileStore files, IDocumentRenderer renderer, FinanceOptions options, IClock clock)
{
    public async Task<IssuedDocument> HandleAsync(Guid invoiceId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = options.Today(now);
        if (!await db.Invoices.AnyAsync(i => i.Id == invoiceId, cancellationToken))
            throw Refusal.NotFound("The invoice");
        await NumberSeriesLock.EnsureAsync(scopes, NumberSeries.CreditNotes, today.Year, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = await NumberSeriesLock.LockAsync(db, NumberSeries.CreditNotes, today.Year, cancellationToken);
        var original = await db.Invoices.SingleAsync(i => i.Id == invoiceId, cancellationToken);
        var note = original.CreateCreditNote(now);
        note.Issue(series, today, options.PaymentTermDays, now);
        original.Void(note, reason, now);
        db.Invoices.Add(note);
        await BillingClaims.ReleaseAllFromInvoiceAsync(db, original.Id, cancellationToken);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == original.ClientId, cancellationToken);
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == original.ProjectId, cancellationToken);
        var pdf = BillingPdfs.Invoice(renderer, options, note, client, project, original.Number);
        await DocumentIssuing.StoreAndCommitAsync(db, transaction, files, DocumentIssuing.InvoiceArea, note, pdf, cancellationToken);
        return new IssuedDocument(note.Id, note.Number!);
    }
}
