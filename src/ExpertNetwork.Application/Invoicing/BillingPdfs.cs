using System.Globalization;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// The PDFs of invoices and payout statements: the (admin-editable) document templates filled in from the document
/// exactly as the database holds it, and for drafts a preview marked DRAFT that is never stored.
/// </summary>
internal static class BillingPdfs
{
    public const string InvoiceTemplate = "documents/invoice";
    public const string PayoutStatementTemplate = "documents/payout-statement";

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static RenderedDocument Invoice(IDocumentRenderer renderer, FinanceOptions options, Invoice invoice, Client client, Project project, string? creditedNumber)
    {
        var draft = invoice.Status == DocumentStatus.Draft;
        var kind = invoice.Kind == DocumentKind.CreditNote ? "Credit note" : "Invoice";
        var number = invoice.Number ?? "DRAFT";
        var notes = new List<string>();
        if (creditedNumber is not null)
            notes.Add($"This credit note cancels invoice {creditedNumber} in full.");
        if (invoice.ReverseCharge)
            notes.Add(Domain.Invoicing.Invoice.ReverseChargeNote);
        var model = new
        {
            invoice = new
            {
                title = draft ? $"DRAFT {kind.ToLowerInvariant()}" : kind,
                number,
                issueDate = invoice.IssueDate,
                dueDate = invoice.DueDate,
                periodStart = invoice.Period.Start,
                periodEnd = invoice.Period.End,
                currency = invoice.Currency,
                subtotal = invoice.Subtotal,
                taxRate = (invoice.ReverseCharge ? 0m : invoice.TaxRate * 100m).ToString("0.##", Culture),
                tax = invoice.TaxAmount,
                total = invoice.Total,
                notes = string.Join(" ", notes),
            },
            company = new { name = options.CompanyName, address = options.CompanyAddress, taxId = options.CompanyTaxId },
            client = new { name = client.LegalName, address = client.BillingAddress, taxId = client.VatNumber ?? "not given" },
            project = new { name = project.Name, code = project.Code },
            lines = invoice.LinesInOrder().Select(l => new { description = l.Description, quantity = l.Hours, unitPrice = l.UnitPrice, amount = l.Amount }).ToList(),
            payment = new { iban = options.Iban, reference = number },
        };
        var title = draft ? $"DRAFT {kind.ToLowerInvariant()} {project.Code} {Period(invoice)}" : $"{kind} {number}";
        return renderer.Render(InvoiceTemplate, model, new DocumentOptions(title, $"{options.CompanyName} — {kind} {number}", draft ? "DRAFT — not issued" : $"{kind} {number}"));
    }

    public static RenderedDocument Statement(IDocumentRenderer renderer, FinanceOptions options, PayoutStatement statement, Expert expert, string? creditedNumber)
    {
        var draft = statement.Status == DocumentStatus.Draft;
        var kind = statement.Kind == DocumentKind.CreditNote ? "Payout credit note" : "Payout statement";
        var number = statement.Number ?? "DRAFT";
        var model = new
        {
            statement = new
            {
                title = draft ? $"DRAFT {kind.ToLowerInvariant()}" : kind,
                number,
                date = statement.IssueDate,
                dueDate = statement.DueDate,
                periodStart = statement.Period.Start,
                periodEnd = statement.Period.End,
                currency = statement.Currency,
                gross = statement.Subtotal,
                tax = statement.TaxAmount,
                net = statement.Total,
                notes = creditedNumber is null ? string.Empty : $"This credit note cancels payout statement {creditedNumber} in full.",
            },
            company = new { name = options.CompanyName, address = options.CompanyAddress, taxId = options.CompanyTaxId },
            expert = new { name = expert.FullName, email = expert.Email, country = expert.CountryCode },
            lines = statement.LinesInOrder().Select(l => new { description = l.Description, hours = l.Hours, unitPrice = l.UnitPrice, amount = l.Amount }).ToList(),
        };
        var title = draft ? $"DRAFT {kind.ToLowerInvariant()} {Period(statement)}" : $"{kind} {number}";
        return renderer.Render(PayoutStatementTemplate, model, new DocumentOptions(title, $"{options.CompanyName} — {kind} {number}", draft ? "DRAFT — not issued" : $"{kind} {number}"));
    }

    /// <summary>"2026-10" for a calendar month, otherwise "2026-10-01_2026-10-15": safe in a file name.</summary>
    public static string Period(BillingDocument document)
    {
        var start = document.Period.Start;
        var end = document.Period.End ?? start;
        return start.Day == 1 && end == start.AddMonths(1).AddDays(-1)
            ? start.ToString("yyyy-MM", Culture)
            : string.Create(Culture, $"{start:yyyy-MM-dd}_{end:yyyy-MM-dd}");
    }

    /// <summary>Letters, digits, '-' and '_' only, so a project code cannot break a download's file name.</summary>
    public static string FileSafe(string text) =>
        new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
}
