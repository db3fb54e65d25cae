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
        var heading = Heading.Of(invoice, "Invoice", "Credit note");
        var notes = new List<string>();
        if (creditedNumber is not null)
            notes.Add($"This credit note cancels invoice {creditedNumber} in full.");
        if (invoice.ReverseCharge)
            notes.Add(Domain.Invoicing.Invoice.ReverseChargeNote);
        var model = new
        {
            invoice = new
            {
                title = heading.Title,
                number = heading.Number,
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
            company = Company(options),
            client = new { name = client.LegalName, address = client.BillingAddress, taxId = client.VatNumber ?? "not given" },
            project = new { name = project.Name, code = project.Code },
            lines = invoice.LinesInOrder().Select(l => new { description = l.Description, quantity = l.Hours, unitPrice = l.UnitPrice, amount = l.Amount }).ToList(),
            payment = new { iban = options.Iban, reference = heading.Number },
        };
        return Render(renderer, options, InvoiceTemplate, model, heading, $"{project.Code} {Period(invoice)}");
    }

    public static RenderedDocument Statement(IDocumentRenderer renderer, FinanceOptions options, PayoutStatement statement, Expert expert, string? creditedNumber)
    {
        var heading = Heading.Of(statement, "Payout statement", "Payout credit note");
        var model = new
        {
            statement = new
            {
                title = heading.Title,
                number = heading.Number,
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
            company = Company(options),
            expert = new { name = expert.FullName, email = expert.Email, country = expert.CountryCode },
            lines = statement.LinesInOrder().Select(l => new { description = l.Description, hours = l.Hours, unitPrice = l.UnitPrice, amount = l.Amount }).ToList(),
        };
        return Render(renderer, options, PayoutStatementTemplate, model, heading, Period(statement));
    }

    /// <summary>Whether the document is a draft, what kind it is ("Invoice", "Credit note") and its number, "DRAFT" until it is issued.</summary>
    private readonly record struct Heading(bool Draft, string Kind, string Number)
    {
        public static Heading Of(BillingDocument document, string original, string creditNote) =>
            new(document.Status == DocumentStatus.Draft, document.Kind == DocumentKind.CreditNote ? creditNote : original, document.Number ?? "DRAFT");

        public string Title => Draft ? $"DRAFT {Kind.ToLowerInvariant()}" : Kind;
    }

    private static object Company(FinanceOptions options) => new { name = options.CompanyName, address = options.CompanyAddress, taxId = options.CompanyTaxId };

    /// <param name="draftName">What tells a draft preview apart in its title (its project and period, or its period).</param>
    private static RenderedDocument Render(IDocumentRenderer renderer, FinanceOptions options, string template, object model, Heading heading, string draftName)
    {
        var final = $"{heading.Kind} {heading.Number}";
        return renderer.Render(template, model, new DocumentOptions(heading.Draft ? $"{heading.Title} {draftName}" : final,
            $"{options.CompanyName} — {final}", heading.Draft ? "DRAFT — not issued" : final));
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
