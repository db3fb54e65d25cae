namespace ExpertNetwork.Application.Invoicing;

/// <summary>The PDF of a payout statement or its credit note.</summary>
public sealed class GetPayoutStatementPdfHandler
{
    public Task<DocumentFile> HandleAsync(Guid statementId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
