using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>A list's, export's or run's filters to check before they are used.</summary>
public sealed record CheckFinanceFilterQuery(DateOnly? From, DateOnly? To, Guid? ClientId = null, Guid? ProjectId = null, Guid? ExpertId = null)
{
    public static CheckFinanceFilterQuery Of(InvoiceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new(filter.From, filter.To, filter.ClientId, filter.ProjectId);
    }

    public static CheckFinanceFilterQuery Of(PayoutFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new(filter.From, filter.To, ExpertId: filter.ExpertId);
    }
}

/// <summary>The sentence that explains why finance's filters cannot be used (to before from, an unknown client, project or expert), or null.</summary>
public sealed class CheckFinanceFilterHandler(IAppDbContext db)
{
    public async Task<string?> HandleAsync(CheckFinanceFilterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (FinanceFilters.PeriodProblem(query.From, query.To) is { } period)
            return period;
        if (query.ClientId is { } clientId && !await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken))
            return "There is no client with that id; pick one from the list.";
        if (query.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
            return "There is no project with that id; pick one from the list.";
        if (query.ExpertId is { } expertId && !await db.Experts.AnyAsync(e => e.Id == expertId, cancellationToken))
            return "There is no expert with that id; pick one from the list.";
        return null;
    }
}

/// <summary>The choices of one side's filters.</summary>
public sealed record ListFinanceChoicesQuery(BillingSide Side);

/// <summary>What a side's filters offer: clients and projects for invoices, experts for payout statements (empty otherwise).</summary>
public sealed record FinanceChoices(IReadOnlyList<FinanceChoice> Clients, IReadOnlyList<FinanceChoice> Projects, IReadOnlyList<FinanceChoice> Experts);

/// <summary>
/// The filter choices: every client and project for invoices; for statements only the experts who have statements
/// (finance sees no other expert records).
/// </summary>
public sealed class ListFinanceChoicesHandler(IAppDbContext db)
{
    public async Task<FinanceChoices> HandleAsync(ListFinanceChoicesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Side == BillingSide.Payout)
        {
            var withStatements = db.PayoutStatements.Select(s => s.ExpertId);
            var experts = await db.Experts.AsNoTracking().Where(e => withStatements.Contains(e.Id)).OrderBy(e => e.FullName)
                .Select(e => new FinanceChoice(e.Id, e.FullName)).ToListAsync(cancellationToken);
            return new FinanceChoices([], [], experts);
        }
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.Name).Select(c => new FinanceChoice(c.Id, c.Name)).ToListAsync(cancellationToken);
        var projects = await (from p in db.Projects.AsNoTracking()
                              join c in db.Clients.AsNoTracking() on p.ClientId equals c.Id
                              orderby c.Name, p.Name
                              select new FinanceChoice(p.Id, c.Name + " · " + p.Name)).ToListAsync(cancellationToken);
        return new FinanceChoices(clients, projects, []);
    }
}

/// <summary>The documents an invoice run drafted.</summary>
public sealed record ListRunDocumentsQuery(IReadOnlyCollection<Guid> InvoiceIds, IReadOnlyCollection<Guid> PayoutStatementIds);

public sealed record RunDocuments(IReadOnlyList<InvoiceListItem> Invoices, IReadOnlyList<PayoutListItem> Statements);

/// <summary>A run's drafts of both sides, each in list order, for the run's result page.</summary>
public sealed class ListRunDocumentsHandler(ListInvoicesHandler invoices, ListPayoutStatementsHandler statements)
{
    public async Task<RunDocuments> HandleAsync(ListRunDocumentsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new RunDocuments(
            await invoices.ByIdsAsync(query.InvoiceIds, cancellationToken), await statements.ByIdsAsync(query.PayoutStatementIds, cancellationToken));
    }
}
