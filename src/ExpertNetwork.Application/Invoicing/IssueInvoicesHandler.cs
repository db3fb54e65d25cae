namespace ExpertNetwork.Application.Invoicing;

/// <summary>Issues draft invoices: gap-free number, stored PDF with its hash.</summary>
public sealed class IssueInvoicesHandler
{
    public Task<IssueOutcome> HandleAsync(IReadOnlyList<Guid> invoiceIds, CancellationToken cancellationToken) => throw new NotImplementedException();
}
