using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record MarkInvoicePaidCommand(Guid InvoiceId, DateOnly PaidOn, string? Reference);

/// <summary>Records the client's payment of an issued invoice.</summary>
public sealed class MarkInvoicePaidHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(MarkInvoicePaidCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == command.InvoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        invoice.MarkPaid(command.PaidOn, command.Reference, clock.UtcNow);
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
