using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>The invoices a list filter matches, written as CSV to <paramref name="Output"/>.</summary>
public sealed record ExportInvoicesCsvQuery(InvoiceFilter Filter, TextWriter Output) : FinanceCsvQuery<InvoiceFilter>(Filter, Output);

/// <summary>
/// Writes the invoices the list's filter matches as CSV for accounting import, one row per invoice line (a document
/// without lines still gets one row with its totals), in number order with drafts last. Reads a batch of documents
/// at a time, so the export of a year holds one batch in memory.
/// </summary>
public sealed class ExportInvoicesCsvHandler(ListInvoicesHandler list, IAppDbContext db)
    : FinanceCsvHandler<ExportInvoicesCsvQuery, InvoiceFilter>(InvoiceCsv.InvoiceColumns)
{
    private const int BatchSize = 200;

    private protected override async Task WriteRowsAsync(InvoiceFilter filter, TextWriter output, CancellationToken cancellationToken)
    {
        var ordered = list.Matching(filter)
            .OrderBy(i => i.Number == null).ThenBy(i => i.Kind == DocumentKind.CreditNote).ThenBy(i => i.SeriesKey).ThenBy(i => i.SequenceNumber).ThenBy(i => i.CreatedUtc).ThenBy(i => i.Id);
        for (var skip = 0; ; skip += BatchSize)
        {
            var batch = await ordered.Skip(skip).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            var clientIds = batch.Select(i => i.ClientId).Distinct().ToList();
            var projectIds = batch.Select(i => i.ProjectId).Distinct().ToList();
            var creditedIds = batch.Select(i => i.CreditedDocumentId).OfType<Guid>().Distinct().ToList();
            var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Name, c.VatNumber }).ToDictionaryAsync(c => c.Id, cancellationToken);
            var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Code }).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
            var credited = await db.Invoices.AsNoTracking().Where(i => creditedIds.Contains(i.Id))
                .Select(i => new { i.Id, i.Number }).ToDictionaryAsync(i => i.Id, i => i.Number, cancellationToken);
            foreach (var invoice in batch)
            {
                var client = clients[invoice.ClientId];
                string[] head =
                [
                    InvoiceCsv.Text(invoice.Number), invoice.Kind.ToString(),
                    InvoiceCsv.Text(invoice.CreditedDocumentId is { } c ? credited.GetValueOrDefault(c) : null), invoice.Status.ToString(),
                    InvoiceCsv.Date(invoice.IssueDate), InvoiceCsv.Date(invoice.DueDate), InvoiceCsv.Date(invoice.Period.Start), InvoiceCsv.Date(invoice.Period.End),
                    InvoiceCsv.Text(client.Name), InvoiceCsv.Text(client.VatNumber), InvoiceCsv.Text(projects[invoice.ProjectId]), invoice.Currency,
                ];
                string[] tail =
                [
                    InvoiceCsv.Amount(invoice.Subtotal, invoice.Currency), InvoiceCsv.Rate(invoice.TaxRate), InvoiceCsv.Amount(invoice.TaxAmount, invoice.Currency),
                    InvoiceCsv.Amount(invoice.Total, invoice.Currency), InvoiceCsv.Flag(invoice.ReverseCharge), InvoiceCsv.Date(invoice.PaidOn),
                    InvoiceCsv.Text(invoice.PaymentReference),
                ];
                if (invoice.Lines.Count == 0)
                    await output.WriteAsync(InvoiceCsv.Line([.. head, "", "", "", "", "", .. tail]));
                foreach (var line in invoice.LinesInOrder())
                {
                    await output.WriteAsync(InvoiceCsv.Line(
                    [
                        .. head, InvoiceCsv.Text(line.Description), line.Activity.ToString(), InvoiceCsv.Number(line.Hours), InvoiceCsv.Number(line.UnitPrice),
                        InvoiceCsv.Amount(line.Amount, invoice.Currency), .. tail,
                    ]));
                }
            }
            await output.FlushAsync(cancellationToken);
        }
    }
}
