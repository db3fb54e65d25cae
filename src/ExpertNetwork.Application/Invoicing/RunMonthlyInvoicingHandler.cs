using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record MonthlyInvoicingResult(DateOnly From, DateOnly To, InvoiceRunResult? Run)
{
    public override string ToString() => Run is { } run
        ? $"{From:yyyy-MM}: {run.InvoiceIds.Count} invoices and {run.PayoutStatementIds.Count} payout statements drafted, {run.Skipped.Count} groups skipped; finance mailed"
        : $"{From:yyyy-MM} was already run; nothing to do";
}

/// <summary>
/// The monthly job's work: draft the previous calendar month (UTC) for all clients, unless a completed run of exactly
/// that month for all clients exists, and tell finance once. The mail is queued in the same unit of work that completes
/// the run, so finance is mailed exactly when the run is recorded as done, however often the job fires.
/// </summary>
public sealed class RunMonthlyInvoicingHandler(IAppDbContext db, RunInvoicingHandler runs, IEmailOutbox outbox, ITemplateRenderer templates,
    FinanceOptions options, StaffingOptions links, IClock clock)
{
    public const string DraftsReadyTemplate = "emails/finance-drafts-ready";

    public async Task<MonthlyInvoicingResult> HandleAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = from.AddMonths(1).AddDays(-1);
        var done = await db.InvoiceRuns.AsNoTracking()
            .AnyAsync(r => r.ClientId == null && r.Period.Start == from && r.Period.End == to && r.CompletedUtc != null, cancellationToken);
        if (done)
            return new MonthlyInvoicingResult(from, to, null);
        var result = await runs.RunAsync(new InvoiceRunInput(from, to, null), (run, totals) =>
        {
            var mail = templates.RenderEmail(DraftsReadyTemplate, new
            {
                run = new { periodStart = from, periodEnd = to, invoices = run.InvoicesDrafted, statements = run.StatementsDrafted, skipped = run.Skipped.Count },
                invoiceTotals = totals.Invoices.Select(t => new { amount = t.Value, currency = t.Key }).ToList(),
                statementTotals = totals.Statements.Select(t => new { amount = t.Value, currency = t.Key }).ToList(),
                drafts = new { url = new Uri(links.LinkBaseUrl, "invoices?status=Draft").ToString() },
                sender = new { name = "ExpertNetwork monthly invoicing" },
            });
            outbox.Enqueue(new EmailMessage(options.ContactEmail, "Finance", mail.Subject, mail.Html, mail.Text));
        }, cancellationToken);
        return new MonthlyInvoicingResult(from, to, result);
    }
}
