using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Draft payout statements to issue, each on its own.</summary>
public sealed record IssuePayoutStatementsCommand(IReadOnlyList<Guid> StatementIds);

/// <summary>
/// Issues draft payout statements, each in its own transaction: the next gap-free PAY number of the year, the PDF
/// stored with its hash, and the PDF mailed to the expert in the same transaction (self-billing). A refused statement is
/// reported with the reason and the others go on.
/// </summary>
public sealed class IssuePayoutStatementsHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance)
{
    public Task<IssueOutcome> HandleAsync(IssuePayoutStatementsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.IssueEachAsync<PayoutBook>(attempts, clock, finance, command.StatementIds, cancellationToken);
    }
}
