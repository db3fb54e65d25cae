using System.Linq.Expressions;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Budgets;

/// <summary>
/// The budget figures of a set of projects. Money is stored as scaled integers, which the database cannot add up through
/// EF, so each table is read once for the whole set as narrow rows (no aggregates loaded) and summed here: one query
/// each for projects, bill rates, approved hours (with their experts' tiers), agreed pay rates, issued invoices and warnings sent,
/// however many projects there are.
/// </summary>
public static class ProjectBudgets
{
    private sealed record ProjectRow(Guid Id, string Code, string Name, string ClientName, ProjectStatus Status, decimal Budget, string Currency);

    private sealed record PriceRow(Guid ProjectId, ExpertTier Tier, Activity Activity, decimal Rate, string Currency, DateOnly Start, DateOnly? End);

    private sealed record EntryRow(Guid ProjectId, Guid EngagementId, int YearsOfExperience, DateOnly WorkDate, Activity Activity, decimal Hours, bool Billed, Guid ExpertId)
    {
        public ExpertTier Tier => Expert.TierFor(YearsOfExperience);
    }

    private sealed record PayRow(Guid EngagementId, Activity Activity, decimal Rate, string Currency);

    private sealed record InvoiceRow(Guid ProjectId, string Currency, decimal Subtotal);

    private sealed record NoticeRow(Guid ProjectId, int ThresholdPercent, DateTime SentUtc, decimal Spent, string Recipients);

    /// <summary>One project's figures, with the burn per week from its first approved hours to <paramref name="today"/>.</summary>
    public sealed record Computed(ProjectBudget Figures, IReadOnlyList<BurnPoint> Burn, IReadOnlyList<BudgetWarningSent> Warnings);

    /// <summary>Computes the figures of the projects <paramref name="scope"/> selects.</summary>
    public static async Task<IReadOnlyList<Computed>> ComputeAsync(
        IAppDbContext db, Expression<Func<Project, bool>> scope, DateOnly today, bool withBurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var projects = await db.Projects.AsNoTracking().Where(scope)
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new ProjectRow(p.Id, p.Code, p.Name, c.Name, p.Status, p.Budget.Amount, p.Budget.Currency))
            .ToListAsync(cancellationToken);
        if (projects.Count == 0)
            return [];
        // Every other query selects its projects with the same filter as a sub-query, so no id list travels to the database.
        var ids = db.Projects.Where(scope).Select(p => p.Id);

        var prices = (await db.Projects.AsNoTracking().Where(scope).SelectMany(p => p.PriceList)
                .Select(e => new PriceRow(e.ProjectId, e.Tier, e.Activity, e.HourlyRate.Amount, e.HourlyRate.Currency, e.Effective.Start, e.Effective.End))
                .ToListAsync(cancellationToken))
            .ToLookup(p => (p.ProjectId, p.Tier, p.Activity));
        // The expert's tier picks the bill rate; it comes with each entry through a join rather than a query of its own.
        var entries = await db.TimeEntries.AsNoTracking()
            .Where(t => t.Status == TimeEntryStatus.Approved && ids.Contains(t.ProjectId))
            .Join(db.Experts, t => t.ExpertId, e => e.Id, (t, e) => new EntryRow(t.ProjectId, t.EngagementId, e.YearsOfExperience, t.WorkDate, t.Activity, t.Hours,
                t.InvoiceId != null && db.Invoices.Any(i => i.Id == t.InvoiceId && i.Status != DocumentStatus.Draft), t.ExpertId))
            .ToListAsync(cancellationToken);
        var payRates = (await db.Engagements.AsNoTracking().Where(e => ids.Contains(e.ProjectId)).SelectMany(e => e.AgreedRates)
                .Select(r => new PayRow(r.EngagementId, r.Activity, r.HourlyRate.Amount, r.HourlyRate.Currency))
                .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.EngagementId, r.Activity));
        var invoices = (await db.Invoices.AsNoTracking()
                .Where(i => i.Status != DocumentStatus.Draft && ids.Contains(i.ProjectId))
                .Select(i => new InvoiceRow(i.ProjectId, i.Currency, i.Subtotal))
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.ProjectId);
        var notices = (await db.BudgetNotices.AsNoTracking().Where(n => ids.Contains(n.ProjectId))
                .Select(n => new NoticeRow(n.ProjectId, n.ThresholdPercent, n.SentUtc, n.Spent, n.Recipients))
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.ProjectId);
        var entriesByProject = entries.ToLookup(e => e.ProjectId);

        var result = new List<Computed>(projects.Count);
        foreach (var project in projects)
        {
            decimal? BillRate(EntryRow e) =>
                prices[(project.Id, e.Tier, e.Activity)].FirstOrDefault(p => p.Currency == project.Currency && p.Start <= e.WorkDate && (p.End is null || e.WorkDate <= p.End))?.Rate;
            decimal? PayRate(EntryRow e) =>
                payRates.TryGetValue((e.EngagementId, e.Activity), out var pay) && pay.Currency == project.Currency ? pay.Rate : null;

            var mine = entriesByProject[project.Id].Select(e => (Entry: e, Bill: BillRate(e), Pay: PayRate(e))).ToList();
            // Amounts are rounded per expert, activity and rate, as invoice and payout lines are.
            var unbilled = mine.Where(x => !x.Entry.Billed && x.Bill is not null)
                .GroupBy(x => (x.Entry.ExpertId, x.Entry.Activity, Rate: x.Bill!.Value))
                .Sum(g => Money.RoundToMinorUnit(g.Sum(x => x.Entry.Hours) * g.Key.Rate, project.Currency));
            var cost = mine.Where(x => x.Pay is not null)
                .GroupBy(x => (x.Entry.ExpertId, x.Entry.Activity, Rate: x.Pay!.Value))
                .Sum(g => Money.RoundToMinorUnit(g.Sum(x => x.Entry.Hours) * g.Key.Rate, project.Currency));
            var billed = invoices[project.Id].Where(i => i.Currency == project.Currency).Sum(i => i.Subtotal);
            var sent = notices[project.Id].OrderBy(n => n.ThresholdPercent).ToList();
            var figures = new ProjectBudget(project.Id, project.Code, project.Name, project.ClientName, project.Status, project.Currency, project.Budget,
                billed, unbilled, cost,
                mine.Where(x => !x.Entry.Billed && x.Bill is null).Sum(x => x.Entry.Hours),
                mine.Where(x => x.Pay is null).Sum(x => x.Entry.Hours),
                sent.Select(n => n.ThresholdPercent).ToList());
            var burn = withBurn ? Burn(mine.Select(x => (x.Entry.WorkDate, Value: x.Entry.Hours * (x.Bill ?? 0m))).ToList(), figures.Spent, today) : [];
            result.Add(new Computed(figures, burn, sent.Select(n => new BudgetWarningSent(n.ThresholdPercent, n.SentUtc, n.Spent, n.Recipients)).ToList()));
        }
        return result;
    }

    /// <summary>
    /// Approved work valued at the bill rate of its day, added up by week of work date from the first week with hours to
    /// this week. What invoices charged can differ from that valuation by line rounding; the difference is put in the
    /// last week, so the line ends exactly at the spent figure.
    /// </summary>
    private static IReadOnlyList<BurnPoint> Burn(IReadOnlyList<(DateOnly Day, decimal Value)> work, decimal spent, DateOnly today)
    {
        if (work.Count == 0)
            return [];
        var first = WeekStart(work.Min(w => w.Day));
        var last = WeekStart(today) < first ? first : WeekStart(today);
        var byWeek = work.GroupBy(w => WeekStart(w.Day)).ToDictionary(g => g.Key, g => g.Sum(w => w.Value));
        var points = new List<BurnPoint>();
        var running = 0m;
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            running += byWeek.GetValueOrDefault(week);
            points.Add(new BurnPoint(week, running));
        }
        points[^1] = points[^1] with { Spent = spent };
        return points;
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
