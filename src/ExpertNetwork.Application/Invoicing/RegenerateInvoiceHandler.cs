using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public sealed record RegenerateInvoiceCommand(Guid InvoiceId) : BillingDocumentRequest(BillingSide.Invoice, InvoiceId);

/// <summary>Rebuilds a draft invoice's lines from the approved hours of its project and period, at today's price list and the client's current tax settings.</summary>
/// <remarks>Gives back every hour the draft held, claims the project's unbilled approved hours of the period again and prices them; hours without a bill rate stay unbilled.</remarks>
public sealed class RegenerateInvoiceHandler(IAppDbContext db) : RegenerateDraftHandler<RegenerateInvoiceCommand, Invoice>(db, db.Invoices)
{
    private protected override async Task RebuildAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var project = await Db.Projects.AsNoTracking().Include(p => p.PriceList).SingleAsync(p => p.Id == invoice.ProjectId, cancellationToken);
        await BillingClaims.ReleaseAllAsync(Db, BillingSide.Invoice, invoice.Id, cancellationToken);
        await BillingClaims.ClaimAsync(BillingSide.Invoice, BillingClaims.OfProject(Db, project.Id, invoice.Period), invoice.Id, cancellationToken);
        var (lines, kept, _) = await InvoiceDrafting.PriceInvoiceAsync(Db, project, invoice.Id, cancellationToken);
        if (lines.Count == 0)
            throw Refusal.Conflict($"No approved, unbilled hours with a bill rate remain for {project.Name} from {invoice.Period}; discard this draft instead.");
        BillingClaims.AuditClaimed(Db, BillingSide.Invoice, invoice.Id, kept);
        var client = await Db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
        invoice.Reprice(client, project, lines);
    }
}
