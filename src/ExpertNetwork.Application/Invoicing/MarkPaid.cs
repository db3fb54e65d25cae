using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public abstract record MarkPaidCommand(BillingSide Side, Guid DocumentId, DateOnly PaidOn, string? Reference) : BillingDocumentRequest(Side, DocumentId);

/// <summary>Records the payment of an issued document of either side; the document decides whether it can be paid.</summary>
public abstract class MarkPaidHandler<TCommand>(IAppDbContext db, IClock clock) where TCommand : MarkPaidCommand
{
    public async Task HandleAsync(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var document = await BillingDocuments.FindAsync(BillingDocuments.Of(db, command.Side), command.Side, command.DocumentId, cancellationToken);
        document.MarkPaid(command.PaidOn, command.Reference, clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale(BillingDocuments.What(command.Side));
        }
    }
}

public sealed record MarkInvoicePaidCommand(Guid InvoiceId, DateOnly PaidOn, string? Reference) : MarkPaidCommand(BillingSide.Invoice, InvoiceId, PaidOn, Reference);

/// <summary>Records the client's payment of an issued invoice.</summary>
public sealed class MarkInvoicePaidHandler(IAppDbContext db, IClock clock) : MarkPaidHandler<MarkInvoicePaidCommand>(db, clock);

public sealed record MarkPayoutStatementPaidCommand(Guid StatementId, DateOnly PaidOn, string? Reference) : MarkPaidCommand(BillingSide.Payout, StatementId, PaidOn, Reference);

/// <summary>Records the payment to the expert of an issued statement.</summary>
public sealed class MarkPayoutStatementPaidHandler(IAppDbContext db, IClock clock) : MarkPaidHandler<MarkPayoutStatementPaidCommand>(db, clock);
