using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record RegenerateInvoiceCommand(Guid InvoiceId);

/// <summary>Rebuilds a draft invoice's lines from the approved hours of its project and period, at today's price list and the client's current tax settings.</summary>
/// <remarks>Gives back every hour the draft held, claims the project's unbilled approved hours of the period again and prices them; hours without a bill rate stay unbilled.</remarks>
public sealed class RegenerateInvoiceHandler(IAppDbContext db)
{
    public async Task HandleAsync(RegenerateInvoiceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var invoiceId = command.InvoiceId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        if (invoice.Status != DocumentStatus.Draft)
            throw Refusal.Conflict($"Invoice {invoice.Number} is {invoice.Status.ToString().ToLowerInvariant()}; only a draft can be regenerated.");
        var project = await db.Projects.AsNoTracking().Include(p => p.PriceList).SingleAsync(p => p.Id == invoice.ProjectId, cancellationToken);
        await BillingClaims.ReleaseAllAsync(db, BillingSide.Invoice, invoice.Id, cancellationToken);
        await BillingClaims.ClaimAsync(BillingSide.Invoice, BillingClaims.OfProject(db, project.Id, invoice.Period), invoice.Id, cancellationToken);
        var (lines, kept, _) = await InvoiceDrafting.PriceInvoiceAsync(db, project, invoice.Id, cancellationToken);
        if (lines.Count == 0)
            throw Refusal.Conflict($"No approved, unbilled hours with a bill rate remain for {project.Name} from {invoice.Period}; discard this draft instead.");
        BillingClaims.AuditClaimed(db, BillingSide.Invoice, invoice.Id, kept);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
        invoice.Reprice(client, project, lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
