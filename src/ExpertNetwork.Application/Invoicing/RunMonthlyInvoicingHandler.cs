using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Invoicing;

/// <param name="Run">The run of the previous month made now, or null when it was already run and nothing of it is left unbilled.</param>
/// <param name="EarlierMonths">Runs of earlier months that still held approved hours on no invoice or no statement.</param>
public sealed record MonthlyInvoicingResult(DateOnly From, DateOnly To, InvoiceRunResult? Run, IReadOnlyList<InvoiceRunResult> EarlierMonths)
{
    public override string ToString()
    {
        var last = Run is { } run
            ? $"{From:yyyy-MM}: {run.InvoiceIds.Count} invoices and {run.PayoutStatementIds.Count} payout statements drafted, {run.Skipped.Count} groups skipped; finance mailed"
            : $"{From:yyyy-MM} was already run; nothing to do";
        return EarlierMonths.Count == 0 ? last : $"{last}; earlier months with hours left unbilled run again: {string.Join(", ", EarlierMonths.Select(r => r.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))}";
    }
}

/// <summary>
/// The monthly job's work: draft the previous calendar month (UTC) for all clients, unless a completed run of exactly
/// that month for all clients exists, and tell finance once. The mail is queued in the same unit of work that completes
/// the run, so finance is mailed exactly when the run is recorded as done, however often the job fires.
/// </summary>
/// <remarks>
/// Hours can come back to an earlier month after its run: approved late, or given back by a voided invoice or a
/// discarded draft. Every month of the last <see cref="LookbackMonths"/> that still holds approved hours on no invoice
/// or no statement is run again (claims make a rerun bill only what is unclaimed), at most once a day per month, so a
/// second firing on the same day sends nothing and hours that cannot be priced are reported again each month.
/// </remarks>
public sealed class RunMonthlyInvoicingHandler(IAppDbContext db, RunInvoicingHandler runs, IEmailOutbox outbox, ITemplateRenderer templates,
    FinanceOptions options, StaffingOptions links, IClock clock)
{
    public const string DraftsReadyTemplate = "emails/finance-drafts-ready";

    public const int LookbackMonths = 12;

    public async Task<MonthlyInvoicingResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = options.Today(now);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = from.AddMonths(1).AddDays(-1);
        var earliest = from.AddMonths(-(LookbackMonths - 1));
        var startOfToday = options.StartOfDayUtc(today);

        var completed = await db.InvoiceRuns.AsNoTracking()
            .Where(r => r.ClientId == null && r.CompletedUtc != null && r.Period.Start >= earliest && r.Period.Start <= from)
            .Select(r => new { r.Period.Start, r.Period.End, r.CompletedUtc })
            .ToListAsync(cancellationToken);
        bool WholeMonth(DateOnly start, DateOnly? end) => start.Day == 1 && end == start.AddMonths(1).AddDays(-1);
        var everRun = completed.Where(r => WholeMonth(r.Start, r.End)).Select(r => r.Start).ToHashSet();
        var runToday = completed.Where(r => WholeMonth(r.Start, r.End) && r.CompletedUtc >= startOfToday).Select(r => r.Start).ToHashSet();

        var window = db.TimeEntries.AsNoTracking().Where(t => t.WorkDate >= earliest && t.WorkDate <= to);
        var leftoverDays = await window.Where(TimeEntry.ClaimableFor(BillingSide.Invoice)).Select(t => t.WorkDate)
            .Union(window.Where(TimeEntry.ClaimableFor(BillingSide.Payout)).Select(t => t.WorkDate))
            .ToListAsync(cancellationToken);
        var months = leftoverDays.Select(d => new DateOnly(d.Year, d.Month, 1)).ToHashSet();
        if (!everRun.Contains(from))
            months.Add(from);
        months.ExceptWith(runToday);

        InvoiceRunResult? last = null;
        var earlier = new List<InvoiceRunResult>();
        foreach (var month in months.Order())
        {
            var result = await RunMonthAsync(month, month.AddMonths(1).AddDays(-1), cancellationToken);
            if (month == from)
                last = result;
            else
                earlier.Add(result);
        }
        return new MonthlyInvoicingResult(from, to, last, earlier);
    }

    private Task<InvoiceRunResult> RunMonthAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        runs.RunAsync(new InvoiceRunInput(from, to, null), (run, totals) =>
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
}
