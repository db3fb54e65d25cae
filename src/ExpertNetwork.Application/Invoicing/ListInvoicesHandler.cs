using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Invoices and credit notes for finance, newest first, with the totals of every match per currency. The same filter
/// drives the list, its CSV export and its ZIP of PDFs, so the three always agree.
/// </summary>
public sealed class ListInvoicesHandler(IAppDbContext db)
{
    public async Task<FinanceList<InvoiceListItem>> HandleAsync(InvoiceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, Paging.MaxPageSize);
        var matching = Matching(filter);
        var items = await Listed(matching).ToPageAsync(page, pageSize, cancellationToken);
        // Amounts are stored as scaled integers that SQL cannot sum through the converter: add them up here.
        var amounts = await matching.Select(i => new { i.Currency, i.Subtotal, i.TaxAmount, i.Total }).ToListAsync(cancellationToken);
        var totals = amounts.GroupBy(a => a.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyTotals(g.Key, g.Count(), g.Sum(a => a.Subtotal), g.Sum(a => a.TaxAmount), g.Sum(a => a.Total)))
            .ToList();
        return new FinanceList<InvoiceListItem>(items, totals);
    }

    /// <summary>The sentence that explains why the filter cannot be used (to before from, an unknown client or project), or null.</summary>
    public async Task<string?> ProblemAsync(InvoiceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (FinanceFilters.PeriodProblem(filter.From, filter.To) is { } period)
            return period;
        if (filter.ClientId is { } clientId && !await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken))
            return "There is no client with that id; pick one from the list.";
        if (filter.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
            return "There is no project with that id; pick one from the list.";
        return null;
    }

    /// <summary>Every client and project that has invoices, for the filter's choices.</summary>
    public async Task<(IReadOnlyList<FinanceChoice> Clients, IReadOnlyList<FinanceChoice> Projects)> ChoicesAsync(CancellationToken cancellationToken)
    {
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.Name).Select(c => new FinanceChoice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var projects = await (from p in db.Projects.AsNoTracking()
                              join c in db.Clients.AsNoTracking() on p.ClientId equals c.Id
                              orderby c.Name, p.Name
                              select new FinanceChoice(p.Id, c.Name + " · " + p.Name)).ToListAsync(cancellationToken);
        return (clients, projects);
    }

    /// <summary>The documents a run drafted, in list order.</summary>
    public async Task<IReadOnlyList<InvoiceListItem>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await Listed(db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id))).ToListAsync(cancellationToken);

    private IQueryable<InvoiceListItem> Listed(IQueryable<Invoice> invoices) =>
        from i in invoices
        join c in db.Clients.AsNoTracking() on i.ClientId equals c.Id
        join p in db.Projects.AsNoTracking() on i.ProjectId equals p.Id
        orderby i.CreatedUtc descending, i.Id descending
        select new InvoiceListItem(i.Id, i.Number, i.Kind, i.Status, c.Id, c.Name, p.Id, p.Code, p.Name, i.Period.Start, i.Period.End ?? i.Period.Start,
            i.Currency, i.Subtotal, i.TaxAmount, i.Total, i.IssueDate, i.DueDate, i.PaidOn, i.ReverseCharge, i.CreatedUtc);

    internal IQueryable<Invoice> Matching(InvoiceFilter filter)
    {
        var invoices = db.Invoices.AsNoTracking();
        if (filter.From is { } from)
            invoices = invoices.Where(i => i.Period.End >= from);
        if (filter.To is { } to)
            invoices = invoices.Where(i => i.Period.Start <= to);
        if (filter.ClientId is { } clientId)
            invoices = invoices.Where(i => i.ClientId == clientId);
        if (filter.ProjectId is { } projectId)
            invoices = invoices.Where(i => i.ProjectId == projectId);
        if (filter.Status is { } status)
            invoices = invoices.Where(i => i.Status == status);
        if (filter.Kind is { } kind)
            invoices = invoices.Where(i => i.Kind == kind);
        return invoices;
    }
}
