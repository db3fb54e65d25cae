namespace ExpertNetwork.Application.Invoicing;

/// <summary>Voids an issued invoice by issuing a credit note that references it; returns the credit note.</summary>
public sealed class VoidInvoiceHandler
{
    public Task<IssuedDocument> HandleAsync(Guid invoiceId, string reason, CancellationToken cancellationToken) => throw new NotImplementedException();
}
