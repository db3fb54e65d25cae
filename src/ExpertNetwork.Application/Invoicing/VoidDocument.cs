using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public abstract record VoidDocumentCommand(BillingSide Side, Guid DocumentId, string Reason) : BillingDocumentRequest(Side, DocumentId);

/// <summary>Voids an issued document of either side by issuing a credit note that references it; returns the credit note.</summary>
/// <remarks>
/// One transaction: the credit note takes its number, its PDF is stored, the original is stamped voided (nothing else
/// about it changes) and its hours are given back so they can be billed again.
/// </remarks>
public abstract class VoidDocumentHandler<TCommand>(FreshAttempts attempts, IClock clock, FinanceOptions finance) where TCommand : VoidDocumentCommand
{
    public Task<IssuedDocument> HandleAsync(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.VoidAsync(command.Side, attempts, clock, finance, command.DocumentId, command.Reason, cancellationToken);
    }
}

public sealed record VoidInvoiceCommand(Guid InvoiceId, string Reason) : VoidDocumentCommand(BillingSide.Invoice, InvoiceId, Reason);

/// <summary>Voids an issued invoice by a CRN credit note.</summary>
public sealed class VoidInvoiceHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance) : VoidDocumentHandler<VoidInvoiceCommand>(attempts, clock, finance);

public sealed record VoidPayoutStatementCommand(Guid StatementId, string Reason) : VoidDocumentCommand(BillingSide.Payout, StatementId, Reason);

/// <summary>Voids an issued statement by a PCN credit note, which is mailed to the expert.</summary>
public sealed class VoidPayoutStatementHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance)
    : VoidDocumentHandler<VoidPayoutStatementCommand>(attempts, clock, finance);
