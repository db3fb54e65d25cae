using System.Globalization;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Web.Tests.Support;

/// <summary>
/// Invoices and payout statements made directly through the domain, with real PDFs rendered by the app's PDF renderer
/// and stored in its file store, for tests of the pages that read them: a client of its own (so filters can single
/// it out) with an issued and a paid invoice, a voided one with its credit note, and a draft; and an expert's issued,
/// paid and draft statements.
/// </summary>
public sealed record FinanceDocuments(
    Guid ClientId, string ClientName, Guid ProjectId, string ProjectCode, DateRange Period,
    Invoice Issued, Invoice Paid, Invoice Voided, Invoice CreditNote, Invoice Draft,
    Guid ExpertId, string ExpertName, string ExpertEmail, PayoutStatement IssuedStatement, PayoutStatement PaidStatement, PayoutStatement DraftStatement)
{
    public IReadOnlyList<Invoice> Invoices => [Issued, Paid, Voided, CreditNote, Draft];

    public static Task<FinanceDocuments> CreateAsync(WebApp app, DateRange? period = null) => app.WithScopeAsync(async services =>
    {
        var cancellation = TestContext.Current.CancellationToken;
        var db = services.GetRequiredService<ExpertNetworkDbContext>();
        var files = services.GetRequiredService<IFileStore>();
        var pdfs = services.GetRequiredService<IPdfRenderer>();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var month = period ?? new DateRange(new DateOnly(today.Year, today.Month, 1).AddMonths(-3), new DateOnly(today.Year, today.Month, 1).AddMonths(-2).AddDays(-1));
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var client = Client.Create("Ledger Client " + suffix, "Ledger Client, \"Holdings\" Ltd", "ap@ledger.example", "1 Ledger Lane, London", "GB", "USD", 0.2m, false,
            "GB" + suffix, false, now.AddDays(-400));
        var project = Project.Create(client, "Ledger review " + suffix, "LDG-" + suffix, null, "Review ledgers.", "Review ledgers.", ConfidentialityLevel.Open, false,
            new Money(100_000m, "USD"), "Europe/London", new DateRange(month.Start.AddDays(-10), today.AddDays(60)), now.AddDays(-400));
        var expert = Expert.Register("Lena Ledger " + suffix, $"lena.{suffix.ToLowerInvariant()}@experts.example", "GB", "Europe/London", 12, 20m, now.AddDays(-400));
        db.AddRange(client, project, expert);

        async Task<NumberSeries> SeriesAsync(string prefix)
        {
            var key = NumberSeries.KeyFor(prefix, today.Year);
            var series = db.NumberSeries.Local.SingleOrDefault(s => s.Key == key) ?? await db.NumberSeries.SingleOrDefaultAsync(s => s.Key == key, cancellation);
            if (series is null)
            {
                series = NumberSeries.Start(prefix, today.Year);
                db.NumberSeries.Add(series);
            }
            return series;
        }

        async Task IssueAsync(BillingDocument document, string prefix)
        {
            document.Issue(await SeriesAsync(prefix), today, 30, now);
            await StorePdfAsync(document);
        }

        async Task StorePdfAsync(BillingDocument document)
        {
            var bytes = pdfs.Render(new PdfDocumentModel
            {
                Title = document.Number!,
                CreationDate = now,
                Blocks =
                [
                    new HeadingBlock(1, document.Number!),
                    new ParagraphBlock([new TextRun("Total " + document.Total.ToString("F2", CultureInfo.InvariantCulture) + " " + document.Currency)]),
                ],
            });
            var stored = await files.SaveAsync("invoices", new MemoryStream(bytes), cancellation);
            document.AttachPdf(stored.Sha256, stored.Key);
        }

        BillingLine Line(string who, Activity activity, decimal hours, decimal rate) => new($"{who}, {activity}", expert.Id, activity, hours, rate, "USD");

        var issued = Invoice.Draft(client, project, month, [Line("Lena Ledger", Activity.Annotation, 10m, 260m), Line("Lena Ledger", Activity.Review, 2.5m, 300m)], now);
        var paid = Invoice.Draft(client, project, month, [Line("Lena Ledger", Activity.Annotation, 4m, 280m)], now);
        var voided = Invoice.Draft(client, project, month, [Line("Lena Ledger", Activity.Review, 1.25m, 300m)], now);
        var draft = Invoice.Draft(client, project, month, [Line("Lena Ledger", Activity.Annotation, 3m, 260m)], now);
        db.AddRange(issued, paid, voided, draft);
        await IssueAsync(issued, NumberSeries.Invoices);
        await IssueAsync(paid, NumberSeries.Invoices);
        await IssueAsync(voided, NumberSeries.Invoices);
        paid.MarkPaid(today, "BANK-" + suffix, now);
        var note = voided.Void(await SeriesAsync(NumberSeries.CreditNotes), today, 30, "The hours were booked on the wrong project.", now);
        db.Add(note);
        await StorePdfAsync(note);

        var issuedStatement = PayoutStatement.Draft(expert.Id, month, "USD", [Line("Lena Ledger", Activity.Annotation, 10m, 150m)], now);
        var paidStatement = PayoutStatement.Draft(expert.Id, month, "USD", [Line("Lena Ledger", Activity.Review, 2m, 170m)], now);
        var draftStatement = PayoutStatement.Draft(expert.Id, month, "USD", [Line("Lena Ledger", Activity.Annotation, 3m, 150m)], now);
        db.AddRange(issuedStatement, paidStatement, draftStatement);
        await IssueAsync(issuedStatement, NumberSeries.Payouts);
        await IssueAsync(paidStatement, NumberSeries.Payouts);
        paidStatement.MarkPaid(today, "SEPA-" + suffix, now);
        await db.SaveChangesAsync(cancellation);
        return new FinanceDocuments(client.Id, client.Name, project.Id, project.Code, month, issued, paid, voided, note, draft,
            expert.Id, expert.FullName, expert.Email, issuedStatement, paidStatement, draftStatement);
    });
}
