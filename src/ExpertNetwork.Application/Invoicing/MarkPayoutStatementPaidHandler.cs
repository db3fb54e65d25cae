namespace ExpertNetwork.Application.Invoicing;

/// <summary>Records the payment to the expert of an issued statement.</summary>
public sealed class MarkPayoutStatementPaidHandler
{
    public Task HandleAsync(Guid statementId, DateOnly paidOn, string? reference, CancellationToken cancellationToken) => throw new NotImplementedException();
}
