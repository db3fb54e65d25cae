using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Invoicing;

public sealed record DiscardInvoiceDraftCommand(Guid InvoiceId);

/// <summary>Deletes a draft invoice and gives its hours back; issued invoices are never deleted.</summary>
public sealed class DiscardInvoiceDraftHandler(FreshAttempts attempts)
{
    public Task HandleAsync(DiscardInvoiceDraftCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.DiscardAsync<InvoiceBook>(attempts, command.InvoiceId, cancellationToken);
    }
}
