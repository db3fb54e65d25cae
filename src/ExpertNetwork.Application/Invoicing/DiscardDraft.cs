using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Deletes a draft of either side and gives its hours back; issued documents are never deleted.</summary>
public abstract class DiscardDraftHandler<TCommand>(FreshAttempts attempts) where TCommand : BillingDocumentRequest
{
    public Task HandleAsync(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.DiscardAsync(command.Side, attempts, command.DocumentId, cancellationToken);
    }
}

public sealed record DiscardInvoiceDraftCommand(Guid InvoiceId) : BillingDocumentRequest(BillingSide.Invoice, InvoiceId);

/// <summary>Deletes a draft invoice and gives its hours back for the next run.</summary>
public sealed class DiscardInvoiceDraftHandler(FreshAttempts attempts) : DiscardDraftHandler<DiscardInvoiceDraftCommand>(attempts);

public sealed record DiscardPayoutStatementDraftCommand(Guid StatementId) : BillingDocumentRequest(BillingSide.Payout, StatementId);

/// <summary>Deletes a draft payout statement and gives its hours back for the next run's statements.</summary>
public sealed class DiscardPayoutStatementDraftHandler(FreshAttempts attempts) : DiscardDraftHandler<DiscardPayoutStatementDraftCommand>(attempts);
