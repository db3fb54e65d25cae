using System.Globalization;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>The payment run of the statements a list filter matches, written as CSV to <paramref name="Output"/>.</summary>
public sealed record ExportPaymentRunCsvQuery(PayoutFilter Filter, TextWriter Output) : FinanceCsvQuery<PayoutFilter>(Filter, Output);

/// <summary>
/// The payment run: one row per issued, unpaid payout statement (credit notes, drafts, paid and voided statements are
/// left out) that the filter matches, for the bank upload. The reference is what the transfer should quote.
/// </summary>
public sealed class ExportPaymentRunCsvHandler(ListPayoutStatementsHandler list, IAppDbContext db)
    : FinanceCsvHandler<ExportPaymentRunCsvQuery, PayoutFilter>(InvoiceCsv.PaymentRunColumns)
{
    private protected override async Task WriteRowsAsync(PayoutFilter filter, TextWriter output, CancellationToken cancellationToken)
    {
        var due = from s in list.Matching(filter with { Status = null, Kind = null })
                  where s.Status == DocumentStatus.Issued && s.Kind == DocumentKind.Original
                  join e in db.Experts.AsNoTracking() on s.ExpertId equals e.Id
                  orderby s.SeriesKey, s.SequenceNumber
                  select new { e.FullName, e.Email, s.Total, s.Currency, s.Number, s.Period };
        await foreach (var row in due.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await output.WriteAsync(InvoiceCsv.Line(
            [
                InvoiceCsv.Text(row.FullName), InvoiceCsv.Text(row.Email), InvoiceCsv.Amount(row.Total, row.Currency), row.Currency, InvoiceCsv.Text(row.Number),
                InvoiceCsv.Text(string.Create(CultureInfo.InvariantCulture, $"{row.Number} {row.Period.Start:yyyy-MM-dd}..{row.Period.End:yyyy-MM-dd}")),
            ]));
        }
    }
}
