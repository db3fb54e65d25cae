using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Invoicing;

public sealed record DiscardPayoutStatementDraftCommand(Guid StatementId);

/// <summary>Deletes a draft payout statement and gives its hours back.</summary>
public sealed class DiscardPayoutStatementDraftHandler(FreshAttempts attempts)
{
    public Task HandleAsync(DiscardPayoutStatementDraftCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.DiscardAsync<PayoutBook>(attempts, command.StatementId, cancellationToken);
    }
}
