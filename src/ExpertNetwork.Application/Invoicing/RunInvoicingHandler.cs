using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What a run drafted in each currency, for the mail that tells finance the drafts are ready.</summary>
internal sealed record RunTotals(IReadOnlyDictionary<string, decimal> Invoices, IReadOnlyDictionary<string, decimal> Statements);

/// <summary>Drafts client invoices (per client and project) and expert payout statements (per expert and currency) from approved hours of the period not yet on one.</summary>
/// <remarks>
/// Projects' invoices and experts' statements are drafted in batches, each in its own short transaction with a fresh unit
/// of work, so a run over a large month holds one batch in memory at a time and never locks more than one batch's hours.
/// </remarks>
public sealed class RunInvoicingHandler(IAppDbContext db, FreshAttempts attempts, IClock clock, ICurrentActor actor)
{
    /// <summary>
    /// Projects drafted per transaction and unit of work: the transaction, the audit chain head and the commit are paid
    /// once per batch instead of once per project (round trips are what a run costs on a server database), while memory
    /// and the time the batch's hours stay locked remain bounded (about 50 invoices' hours, a few thousand entries).
    /// </summary>
    public const int ProjectsPerBatch = 50;

    /// <summary>Experts drafted per transaction and unit of work; an expert has fewer hours in a period than a project.</summary>
    public const int ExpertsPerBatch = 100;

    public Task<InvoiceRunResult> HandleAsync(InvoiceRunInput input, CancellationToken cancellationToken) =>
        RunAsync(input, null, cancellationToken);

    /// <param name="completing">Adds to the unit of work that completes the run (the monthly job's mail), so both commit together.</param>
    internal async Task<InvoiceRunResult> RunAsync(InvoiceRunInput input, Action<InvoiceRun, RunTotals>? completing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.ClientId is { } clientId && !await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken))
            throw Refusal.NotFound("The client");
        var run = InvoiceRun.Start(input.From, input.To, input.ClientId, actor.Name, clock.UtcNow);
        db.InvoiceRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var from = input.From;
        var to = input.To;
        var inPeriod = db.TimeEntries.AsNoTracking().Where(t => t.WorkDate >= from && t.WorkDate <= to);
        if (input.ClientId is { } client)
            inPeriod = inPeriod.Where(t => db.Projects.Any(p => p.Id == t.ProjectId && p.ClientId == client));
        var projectIds = await inPeriod.Where(TimeEntry.ClaimableFor(BillingSide.Invoice)).Select(t => t.ProjectId).Distinct().ToListAsync(cancellationToken);
        var expertIds = await inPeriod.Where(TimeEntry.ClaimableFor(BillingSide.Payout)).Select(t => t.ExpertId).Distinct().ToListAsync(cancellationToken);

        var invoices = new List<DraftedDocument>();
        var statements = new List<DraftedDocument>();
        var skipped = new List<string>();
        foreach (var batch in projectIds.Order().Chunk(ProjectsPerBatch))
        {
            var outcome = await attempts.RunAsync<DraftBatch, DraftOutcome>(DraftingPolicy,
                (drafting, ct) => drafting.InvoicesAsync(batch, run.Period, run.Id, ct), cancellationToken);
            invoices.AddRange(outcome.Drafted);
            skipped.AddRange(outcome.Skipped);
        }
        foreach (var batch in expertIds.Order().Chunk(ExpertsPerBatch))
        {
            var outcome = await attempts.RunAsync<DraftBatch, DraftOutcome>(DraftingPolicy,
                (drafting, ct) => drafting.StatementsAsync(batch, run.Period, input.ClientId, run.Id, ct), cancellationToken);
            statements.AddRange(outcome.Drafted);
            skipped.AddRange(outcome.Skipped);
        }

        run.Complete(invoices.Count, statements.Count, invoices.Sum(d => d.Entries), statements.Sum(d => d.Entries), skipped, clock.UtcNow);
        completing?.Invoke(run, new RunTotals(Totals(invoices), Totals(statements)));
        await db.SaveChangesAsync(cancellationToken);
        return new InvoiceRunResult(run.Id, from, to, [.. invoices.Select(d => d.Id)], [.. statements.Select(d => d.Id)],
            run.EntriesInvoiced, run.EntriesOnStatements, skipped);
    }

    /// <summary>
    /// A batch's transaction is rolled back entirely when the database picks it as a deadlock victim (a concurrent run
    /// claiming the same hours for the other side, in its own order), so drafting it again on fresh data is safe. Each
    /// attempt has a fresh unit of work, so memory holds one batch however many the run drafts.
    /// </summary>
    private static readonly FreshAttemptPolicy DraftingPolicy = new("draft invoice run batch", 4,
        "Another invoice run is claiming the same hours at this moment. This run stopped after the batches it drafted: run it again to draft the rest.");

    /// <summary>One attempt at drafting a batch, in its own unit of work.</summary>
    internal sealed class DraftBatch(IAppDbContext db, IClock clock)
    {
        public Task<DraftOutcome> InvoicesAsync(IReadOnlyCollection<Guid> projectIds, DateRange period, Guid runId, CancellationToken cancellationToken) =>
            InvoiceDrafting.DraftInvoicesAsync(db, projectIds, period, runId, clock.UtcNow, cancellationToken);

        public Task<DraftOutcome> StatementsAsync(IReadOnlyCollection<Guid> expertIds, DateRange period, Guid? clientId, Guid runId, CancellationToken cancellationToken) =>
            InvoiceDrafting.DraftStatementsAsync(db, expertIds, period, clientId, runId, clock.UtcNow, cancellationToken);
    }

    private static Dictionary<string, decimal> Totals(IEnumerable<DraftedDocument> drafted) =>
        drafted.GroupBy(d => d.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Total), StringComparer.Ordinal);
}
