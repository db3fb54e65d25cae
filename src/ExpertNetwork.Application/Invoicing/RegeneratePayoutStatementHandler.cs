namespace ExpertNetwork.Application.Invoicing;

/// <summary>Rebuilds a draft payout statement's lines from the expert's approved hours of its period.</summary>
public sealed class RegeneratePayoutStatementHandler
{
    public Task HandleAsync(Guid statementId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
