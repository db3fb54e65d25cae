using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Draft invoices to issue, each on its own.</summary>
public sealed record IssueInvoicesCommand(IReadOnlyList<Guid> InvoiceIds);

/// <summary>
/// Issues draft invoices, each in its own transaction: the next gap-free INV number of the year, the PDF rendered and
/// stored with its hash. A refused invoice (already issued, a credit note, not found) is reported with the reason and
/// the others go on; a batch reports each item.
/// </summary>
public sealed class IssueInvoicesHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance)
{
    public Task<IssueOutcome> HandleAsync(IssueInvoicesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.IssueEachAsync<InvoiceBook>(attempts, clock, finance, command.InvoiceIds, cancellationToken);
    }
}
