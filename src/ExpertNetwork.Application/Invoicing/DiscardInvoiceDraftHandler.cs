using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Deletes a draft invoice and gives its hours back; issued invoices are never deleted.</summary>
public sealed class DiscardInvoiceDraftHandler(IAppDbContext db)
{
    public async Task HandleAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        invoice.Discard();
        await BillingClaims.ReleaseAllFromInvoiceAsync(db, invoice.Id, cancellationToken);
        db.Invoices.Remove(invoice);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
