using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Expert payout statements and their credit notes for finance, newest first, with the totals of every match per currency.</summary>
public sealed class ListPayoutStatementsHandler(IAppDbContext db)
{
    public async Task<FinanceList<PayoutListItem>> HandleAsync(PayoutFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, Paging.MaxPageSize);
        var matching = Matching(filter);
        var items = await Listed(matching).ToPageAsync(page, pageSize, cancellationToken);
        var amounts = await matching.Select(s => new { s.Currency, s.Subtotal, s.TaxAmount, s.Total }).ToListAsync(cancellationToken);
        var totals = amounts.GroupBy(a => a.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyTotals(g.Key, g.Count(), g.Sum(a => a.Subtotal), g.Sum(a => a.TaxAmount), g.Sum(a => a.Total)))
            .ToList();
        return new FinanceList<PayoutListItem>(items, totals);
    }

    public async Task<string?> ProblemAsync(PayoutFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (FinanceFilters.PeriodProblem(filter.From, filter.To) is { } period)
            return period;
        if (filter.ExpertId is { } expertId && !await db.Experts.AnyAsync(e => e.Id == expertId, cancellationToken))
            return "There is no expert with that id; pick one from the list.";
        return null;
    }

    /// <summary>The experts who have statements, for the filter's choices (finance sees no other expert records).</summary>
    public async Task<IReadOnlyList<FinanceChoice>> ExpertsAsync(CancellationToken cancellationToken)
    {
        var withStatements = db.PayoutStatements.Select(s => s.ExpertId);
        return await db.Experts.AsNoTracking().Where(e => withStatements.Contains(e.Id)).OrderBy(e => e.FullName)
            .Select(e => new FinanceChoice(e.Id, e.FullName)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PayoutListItem>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await Listed(db.PayoutStatements.AsNoTracking().Where(s => ids.Contains(s.Id))).ToListAsync(cancellationToken);

    private IQueryable<PayoutListItem> Listed(IQueryable<PayoutStatement> statements) =>
        from s in statements
        join e in db.Experts.AsNoTracking() on s.ExpertId equals e.Id
        orderby s.CreatedUtc descending, s.Id descending
        select new PayoutListItem(s.Id, s.Number, s.Kind, s.Status, e.Id, e.FullName, e.Email, s.Period.Start, s.Period.End ?? s.Period.Start,
            s.Currency, s.Total, s.IssueDate, s.PaidOn, s.PaymentReference, s.CreatedUtc);

    internal IQueryable<PayoutStatement> Matching(PayoutFilter filter)
    {
        var statements = db.PayoutStatements.AsNoTracking();
        if (filter.From is { } from)
            statements = statements.Where(s => s.Period.End >= from);
        if (filter.To is { } to)
            statements = statements.Where(s => s.Period.Start <= to);
        if (filter.ExpertId is { } expertId)
            statements = statements.Where(s => s.ExpertId == expertId);
        if (filter.Status is { } status)
            statements = statements.Where(s => s.Status == status);
        if (filter.Kind is { } kind)
            statements = statements.Where(s => s.Kind == kind);
        return statements;
    }
}
