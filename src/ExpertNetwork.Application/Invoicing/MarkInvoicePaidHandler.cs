using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Records the client's payment of an issued invoice.</summary>
public sealed class MarkInvoicePaidHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(Guid invoiceId, DateOnly paidOn, string? reference, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        invoice.MarkPaid(paidOn, reference, clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("The invoice");
        }
    }
}
