using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Invoicing;

public sealed record VoidPayoutStatementCommand(Guid StatementId, string Reason);

/// <summary>Voids an issued statement by issuing a credit note that references it; returns the credit note.</summary>
/// <remarks>One transaction: PCN number, stored PDF, the original stamped voided, its hours free for a new statement, the credit note mailed to the expert.</remarks>
public sealed class VoidPayoutStatementHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance)
{
    public Task<IssuedDocument> HandleAsync(VoidPayoutStatementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.VoidAsync<PayoutBook>(attempts, clock, finance, command.StatementId, command.Reason, cancellationToken);
    }
}
