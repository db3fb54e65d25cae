using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What both sides' lists are narrowed by: a period the document's own period overlaps, a status, a kind, and the page.</summary>
public interface IFinanceFilter
{
    DateOnly? From { get; }
    DateOnly? To { get; }
    DocumentStatus? Status { get; }
    DocumentKind? Kind { get; }
    int Page { get; }
    int PageSize { get; }
}

/// <summary>
/// Finance's list of one side's documents, newest first, with the totals of every match per currency. The same filter
/// drives the list, its CSV export and its ZIP of PDFs (<see cref="Matching"/>), so the three always agree. A side says
/// what else it narrows by and what a row shows.
/// </summary>
public abstract class BillingListHandler<TDocument, TFilter, TItem>(IQueryable<TDocument> documents)
    where TDocument : BillingDocument where TFilter : IFinanceFilter
{
    public async Task<FinanceList<TItem>> HandleAsync(TFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var pageSize = Math.Clamp(filter.PageSize, 1, Paging.MaxPageSize);
        var matching = Matching(filter);
        var items = await Listed(matching).ToPageAsync(page, pageSize, cancellationToken);
        // Amounts are stored as scaled integers that SQL cannot sum through the converter: add them up here.
        var amounts = await matching.Select(d => new { d.Currency, d.Subtotal, d.TaxAmount, d.Total }).ToListAsync(cancellationToken);
        var totals = amounts.GroupBy(a => a.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MoneyTotals(g.Key, g.Count(), g.Sum(a => a.Subtotal), g.Sum(a => a.TaxAmount), g.Sum(a => a.Total)))
            .ToList();
        return new FinanceList<TItem>(items, totals);
    }

    /// <summary>The documents with these ids (a run's drafts), in list order.</summary>
    internal async Task<IReadOnlyList<TItem>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await Listed(documents.AsNoTracking().Where(d => ids.Contains(d.Id))).ToListAsync(cancellationToken);

    internal IQueryable<TDocument> Matching(TFilter filter)
    {
        var matching = Narrowed(documents.AsNoTracking(), filter);
        if (filter.From is { } from)
            matching = matching.Where(d => d.Period.End >= from);
        if (filter.To is { } to)
            matching = matching.Where(d => d.Period.Start <= to);
        if (filter.Status is { } status)
            matching = matching.Where(d => d.Status == status);
        if (filter.Kind is { } kind)
            matching = matching.Where(d => d.Kind == kind);
        return matching;
    }

    /// <summary>The side's own filters (a client and project, or an expert).</summary>
    private protected abstract IQueryable<TDocument> Narrowed(IQueryable<TDocument> documents, TFilter filter);

    /// <summary>The rows, newest first, with what the side shows of each.</summary>
    private protected abstract IQueryable<TItem> Listed(IQueryable<TDocument> documents);
}
