namespace ExpertNetwork.Application.Invoicing;

/// <summary>Deletes a draft payout statement and gives its hours back.</summary>
public sealed class DiscardPayoutStatementDraftHandler
{
    public Task HandleAsync(Guid statementId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
