using System.Globalization;
using ExpertNetwork.Application.Experts.Import;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// The accounting layouts (docs/guide/finance.md): invariant culture, ISO dates, '.' decimals, RFC 4180 quoting.
/// Numbers are written as they are (a credit note's negative amounts stay importable); text that a spreadsheet would
/// run as a formula gets a leading apostrophe, as in every other export.
/// </summary>
public static class InvoiceCsv
{
    public static readonly IReadOnlyList<string> InvoiceColumns =
    [
        "number", "kind", "credited_number", "status", "issue_date", "due_date", "period_start", "period_end", "client", "client_vat_number",
        "project_code", "currency", "line_description", "activity", "hours", "unit_price", "line_amount", "subtotal", "tax_rate", "tax_amount",
        "total", "reverse_charge", "paid_on", "payment_reference",
    ];

    public static readonly IReadOnlyList<string> PaymentRunColumns =
    [
        "expert_name", "expert_email", "amount", "currency", "statement_number", "reference",
    ];

    public static string Text(string? value) => CsvWriter.Cell(value);

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An amount with the currency's minor digits, e.g. 1234.50 for USD.</summary>
    public static string Amount(decimal value, string currency) =>
        value.ToString("F" + Money.MinorUnitDigits(currency).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Hours, rates and tax rates with as many decimals as they have, at least two for hours and prices.</summary>
    public static string Number(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    public static string Rate(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";

    /// <summary>A record: cells already formatted by the helpers above, joined by commas and ended with CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells) + "\r\n";

    public static string Header(IEnumerable<string> columns) => Line(columns);
}
