namespace ExpertNetwork.Application.Invoicing;

/// <summary>Deletes a draft invoice and gives its hours back; issued invoices are never deleted.</summary>
public sealed class DiscardInvoiceDraftHandler
{
    public Task HandleAsync(Guid invoiceId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
