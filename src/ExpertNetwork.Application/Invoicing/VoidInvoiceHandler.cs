using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Invoicing;

public sealed record VoidInvoiceCommand(Guid InvoiceId, string Reason);

/// <summary>Voids an issued invoice by issuing a credit note that references it; returns the credit note.</summary>
/// <remarks>
/// One transaction: the credit note takes its CRN number, its PDF is stored, the original is stamped voided (nothing
/// else about it changes) and its hours are given back so they can be billed again.
/// </remarks>
public sealed class VoidInvoiceHandler(FreshAttempts attempts, IClock clock, FinanceOptions finance)
{
    public Task<IssuedDocument> HandleAsync(VoidInvoiceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DocumentIssuing.VoidAsync<InvoiceBook>(attempts, clock, finance, command.InvoiceId, command.Reason, cancellationToken);
    }
}
