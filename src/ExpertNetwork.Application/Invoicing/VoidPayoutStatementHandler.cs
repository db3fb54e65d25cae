namespace ExpertNetwork.Application.Invoicing;

/// <summary>Voids an issued statement by issuing a credit note that references it; returns the credit note.</summary>
public sealed class VoidPayoutStatementHandler
{
    public Task<IssuedDocument> HandleAsync(Guid statementId, string reason, CancellationToken cancellationToken) => throw new NotImplementedException();
}
