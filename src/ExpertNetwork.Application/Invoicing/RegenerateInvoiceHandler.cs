namespace ExpertNetwork.Application.Invoicing;

/// <summary>Rebuilds a draft invoice's lines from the approved hours of its project and period, at today's price list.</summary>
public sealed class RegenerateInvoiceHandler
{
    public Task HandleAsync(Guid invoiceId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
