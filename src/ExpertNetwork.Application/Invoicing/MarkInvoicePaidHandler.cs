namespace ExpertNetwork.Application.Invoicing;

/// <summary>Records the client's payment of an issued invoice.</summary>
public sealed class MarkInvoicePaidHandler
{
    public Task HandleAsync(Guid invoiceId, DateOnly paidOn, string? reference, CancellationToken cancellationToken) => throw new NotImplementedException();
}
