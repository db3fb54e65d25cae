namespace ExpertNetwork.Application.Invoicing;

/// <summary>The PDF of an invoice or credit note.</summary>
public sealed class GetInvoicePdfHandler
{
    public Task<DocumentFile> HandleAsync(Guid invoiceId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
