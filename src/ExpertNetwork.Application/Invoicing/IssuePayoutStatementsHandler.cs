namespace ExpertNetwork.Application.Invoicing;

/// <summary>Issues draft payout statements: gap-free number, stored PDF with its hash.</summary>
public sealed class IssuePayoutStatementsHandler
{
    public Task<IssueOutcome> HandleAsync(IReadOnlyList<Guid> statementIds, CancellationToken cancellationToken) => throw new NotImplementedException();
}
