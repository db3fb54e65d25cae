namespace ExpertNetwork.Application.Invoicing;

/// <summary>Drafts client invoices (per client and project) and expert payout statements (per expert and currency) from approved hours of the period not yet on one.</summary>
public sealed class RunInvoicingHandler
{
    public Task<InvoiceRunResult> HandleAsync(InvoiceRunInput input, CancellationToken cancellationToken) => throw new NotImplementedException();
}
