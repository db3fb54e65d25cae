using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Budgets;
using ExpertNetwork.Domain.Clients;
using System.Net.Mail;

namespace ExpertNetwork.Application.Budgets;

/// <param name="ProjectIds">The projects to check (for example right after hours on them were approved), or null for every active project that has not had all its warnings yet.</param>
public sealed record RunBudgetWatchCommand(IReadOnlyCollection<Guid>? ProjectIds = null);

/// <summary>
/// Warns finance (Finance:ContactEmail) and the project's program managers (whoever opened its staffing requests, where
/// that is an email address) when a project's spend passes 80% and again 100% of its budget. Each warning is written with
/// a <see cref="BudgetNotice"/> whose key (project, threshold) is unique, in the same transaction as its outbox rows, so it
/// goes out once: not again on the next check, not twice when two checks (the budget-watch job, an approval, another
/// node) race; the second insert fails and its transaction rolls back. A project that passes both thresholds at once
/// gets one mail, the 100% one, and both notices.
/// </summary>
public sealed class RunBudgetWatchHandler(IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, FinanceOptions finance, StaffingOptions links)
{
    public const string Template = "emails/budget-warning";

    public Task<BudgetWatchResult> HandleAsync(RunBudgetWatchCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ProjectIds is not { } projectIds)
        {
            var thresholds = BudgetNotice.Thresholds.Count;
            return CheckAsync(p => p.Status == ProjectStatus.Active && db.BudgetNotices.Count(n => n.ProjectId == p.Id) < thresholds, cancellationToken);
        }
        var ids = projectIds.Distinct().ToList();
        return ids.Count == 0
            ? Task.FromResult(new BudgetWatchResult(0, 0, 0, 0))
            : CheckAsync(p => p.Status == ProjectStatus.Active && ids.Contains(p.Id), cancellationToken);
    }

    private async Task<BudgetWatchResult> CheckAsync(System.Linq.Expressions.Expression<Func<Project, bool>> scope, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var projects = await ProjectBudgets.ComputeAsync(db, scope, finance.Today(now), withBurn: false, cancellationToken);
        var due = projects.Select(p => p.Figures)
            .Select(f => (Figures: f, New: BudgetNotice.Reached(f.Spent, f.Budget).Except(f.WarningsSent).ToList()))
            .Where(x => x.New.Count > 0)
            .ToList();
        if (due.Count == 0)
            return new BudgetWatchResult(projects.Count, 0, 0, 0);

        var dueIds = due.Select(d => d.Figures.ProjectId).ToList();
        var managers = (await db.StaffingRequests.AsNoTracking()
                .Where(r => dueIds.Contains(r.ProjectId) && r.OpenedBy != null && r.OpenedBy.Contains("@"))
                .Select(r => new { r.ProjectId, OpenedBy = r.OpenedBy! })
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.ProjectId, r => r.OpenedBy);

        int warnings = 0, mails = 0;
        foreach (var (figures, reached) in due)
        {
            var recipients = new[] { finance.ContactEmail }.Concat(managers[figures.ProjectId].Where(IsEmail).OrderBy(m => m, StringComparer.OrdinalIgnoreCase))
                .Select(a => a.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var mail = Mail(figures, reached[^1]);
            var messageIds = recipients.Select(to => outbox.Enqueue(new EmailMessage(to, null, mail.Subject, mail.Html, mail.Text))).ToList();
            var spent = new Money(figures.Spent, figures.Currency);
            var budget = new Money(figures.Budget, figures.Currency);
            foreach (var threshold in reached)
                db.BudgetNotices.Add(BudgetNotice.Sent(figures.ProjectId, threshold, spent, budget, recipients, messageIds[0], now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another check saved this project's warning first; its mails are the ones that go. This unit of work still
                // holds the refused rows, so the rest waits for the next check.
                return new BudgetWatchResult(projects.Count, warnings, mails, 1);
            }
            warnings += reached.Count;
            mails += messageIds.Count;
        }
        return new BudgetWatchResult(projects.Count, warnings, mails, 0);
    }

    private RenderedEmail Mail(ProjectBudget figures, int threshold) => templates.RenderEmail(Template, new
    {
        project = new
        {
            name = figures.Name,
            code = figures.Code,
            client = figures.ClientName,
            url = new Uri(links.LinkBaseUrl, $"/projects/{figures.ProjectId}").ToString(),
        },
        budget = new
        {
            threshold,
            percentUsed = figures.PercentUsed.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
            currency = figures.Currency,
            amount = figures.Budget,
            spent = figures.Spent,
            billed = figures.Billed,
            unbilled = figures.ApprovedUnbilled,
            remaining = figures.Budget - figures.Spent,
            url = new Uri(links.LinkBaseUrl, "/finance/budgets").ToString(),
        },
    });

    private static bool IsEmail(string value) => MailAddress.TryCreate(value.Trim(), out var parsed) && parsed.Address == value.Trim();
}
