using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Drafts of one side to issue, each on its own.</summary>
public abstract record IssueDocumentsCommand(BillingSide Side, IReadOnlyList<Guid> DocumentIds);

/// <summary>
/// Issues drafts of either side, each in its own transaction: the next gap-free number of the side's series for the
/// year, the PDF rendered and stored with its hash. A refused document (already issued, a credit note, not found) is
/// reported with the reason and the others go on; a batch reports each item.
/// </summary>
public abstract class IssueDocumentsHandler<TCommand>(FreshAttempts attempts, IClock clock, FinanceOptions finance) where TCommand : IssueDocumentsCommand
{
    public Task<IssueOutcome> HandleAsync(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.IssueEachAsync(command.Side, attempts, clock, finance, command.DocumentIds, cancellationToken);
    }
}

public sealed record IssueInvoicesCommand(IReadOnlyList<Guid> InvoiceIds) : IssueDocumentsCommand(BillingSide.Invoice, InvoiceIds);

/// <summary>Issues draft invoices with INV numbers.</summary>
public sealed class IssueInvoicesHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance) : IssueDocumentsHandler<IssueInvoicesCommand>(attempts, clock, finance);

public sealed record IssuePayoutStatementsCommand(IReadOnlyList<Guid> StatementIds) : IssueDocumentsCommand(BillingSide.Payout, StatementIds);

/// <summary>Issues draft payout statements with PAY numbers; each PDF is mailed to its expert in the same transaction (self-billing).</summary>
public sealed class IssuePayoutStatementsHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance)
    : IssueDocumentsHandler<IssuePayoutStatementsCommand>(attempts, clock, finance);
