using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Invoicing;

internal sealed record DraftedDocument(Guid Id, int Entries, string Currency, decimal Total);

/// <summary>An expert's priced hours in one currency: the lines of one statement and the entries it bills.</summary>
internal sealed record StatementGroup(string Currency, List<BillingLine> Lines, List<Guid> EntryIds);

internal sealed record DraftOutcome(IReadOnlyList<DraftedDocument> Drafted, IReadOnlyList<string> Skipped);

/// <summary>
/// Drafting a batch of groups (projects' invoices, experts' statements) in one short transaction: claim each group's
/// hours with one conditional update, read back exactly what the batch claimed in one query, price each group, give
/// back what cannot be priced in one update, save the drafts once.
/// </summary>
internal static class InvoiceDrafting
{
    public static async Task<DraftOutcome> DraftInvoicesAsync(IAppDbContext db, IReadOnlyCollection<Guid> projectIds, DateRange period, Guid? runId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking().Include(p => p.PriceList).Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var clientIds = projects.Values.Select(p => p.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        // Claims in ascending project order, so two runs take the batch's row locks in the same order and one waits for
        // the other instead of deadlocking.
        var claims = new List<(Project Project, Guid InvoiceId)>();
        foreach (var projectId in projectIds.Order())
        {
            var invoiceId = Guid.CreateVersion7();
            if (await BillingClaims.ClaimAsync(BillingSide.Invoice, BillingClaims.OfProject(db, projectId, period), invoiceId, cancellationToken) > 0)
                claims.Add((projects[projectId], invoiceId));
        }
        if (claims.Count == 0)
            return new DraftOutcome([], []);
        var entries = (await BillingClaims.OnAnyAsync(db, BillingSide.Invoice, claims.Select(c => c.InvoiceId).ToList(), cancellationToken)).ToLookup(e => e.InvoiceId!.Value);
        var experts = await ExpertsAsync(db, entries.SelectMany(g => g).Select(e => e.ExpertId), cancellationToken);
        var drafted = new List<DraftedDocument>();
        var skipped = new List<string>();
        var unpriced = new List<Guid>();
        foreach (var (project, invoiceId) in claims)
        {
            var claimed = entries[invoiceId].ToList();
            var priced = BillingLines.ForInvoice(project, claimed, experts);
            skipped.AddRange(priced.Skipped);
            unpriced.AddRange(priced.Unpriced.Select(e => e.Id));
            if (priced.Lines.Count == 0)
                continue;
            var invoice = Invoice.Draft(clients[project.ClientId], project, period, priced.Lines, nowUtc, invoiceId, runId);
            db.Invoices.Add(invoice);
            var unbilled = priced.Unpriced.Select(e => e.Id).ToHashSet();
            BillingClaims.AuditClaimed(db, BillingSide.Invoice, invoice.Id, claimed.Where(e => !unbilled.Contains(e.Id)).Select(e => e.Id));
            drafted.Add(new DraftedDocument(invoice.Id, claimed.Count - priced.Unpriced.Count, invoice.Currency, invoice.Total));
        }
        if (unpriced.Count > 0)
            await BillingClaims.ReleaseAsync(db, BillingSide.Invoice, claims.Select(c => c.InvoiceId).ToList(), unpriced, cancellationToken);
        if (drafted.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DraftOutcome(drafted, skipped);
    }

    public static async Task<DraftOutcome> DraftStatementsAsync(IAppDbContext db, IReadOnlyCollection<Guid> expertIds, DateRange period, Guid? clientId, Guid? runId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One claim per expert (in ascending order, as for invoices) for all their hours, with the id of the statement
        // that will bill the currency most of them are paid in; only hours in other currencies are moved afterwards.
        var claims = new List<(Guid ExpertId, Guid ClaimId)>();
        foreach (var expertId in expertIds.Order())
        {
            var claimId = Guid.CreateVersion7();
            if (await BillingClaims.ClaimAsync(BillingSide.Payout, BillingClaims.OfExpert(db, expertId, period, clientId), claimId, cancellationToken) > 0)
                claims.Add((expertId, claimId));
        }
        if (claims.Count == 0)
            return new DraftOutcome([], []);
        var claimIds = claims.Select(c => c.ClaimId).ToList();
        var claimed = await BillingClaims.OnAnyAsync(db, BillingSide.Payout, claimIds, cancellationToken);
        var rates = await RatesAsync(db, claimed, cancellationToken);
        var entries = claimed.ToLookup(e => e.PayoutStatementId!.Value);
        var drafted = new List<DraftedDocument>();
        var skipped = new List<string>();
        var unpriced = new List<Guid>();
        foreach (var (expertId, claimId) in claims)
        {
            var priced = StatementsFor(rates.Experts[expertId], entries[claimId].ToList(), rates, out var expertUnpriced, out var expertSkipped);
            skipped.AddRange(expertSkipped);
            unpriced.AddRange(expertUnpriced);
            var main = priced.OrderByDescending(g => g.EntryIds.Count).ThenBy(g => g.Currency, StringComparer.Ordinal).FirstOrDefault();
            foreach (var group in priced)
            {
                var statement = PayoutStatement.Draft(expertId, period, group.Currency, group.Lines, nowUtc, group == main ? claimId : null, runId);
                if (group != main)
                    await BillingClaims.MoveAsync(db, BillingSide.Payout, claimId, group.EntryIds, statement.Id, cancellationToken);
                db.PayoutStatements.Add(statement);
                BillingClaims.AuditClaimed(db, BillingSide.Payout, statement.Id, group.EntryIds);
                drafted.Add(new DraftedDocument(statement.Id, group.EntryIds.Count, group.Currency, statement.Total));
            }
        }
        if (unpriced.Count > 0)
            await BillingClaims.ReleaseAsync(db, BillingSide.Payout, claimIds, unpriced, cancellationToken);
        if (drafted.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DraftOutcome(drafted, skipped);
    }

    /// <summary>Prices what <paramref name="invoiceId"/> has claimed and gives back the entries without a bill rate; returns the entries it keeps.</summary>
    public static async Task<(List<BillingLine> Lines, List<Guid> EntryIds, List<string> Skipped)> PriceInvoiceAsync(
        IAppDbContext db, Project project, Guid invoiceId, CancellationToken cancellationToken)
    {
        var entries = await BillingClaims.OnAsync(db, BillingSide.Invoice, invoiceId, cancellationToken);
        var experts = await ExpertsAsync(db, entries.Select(e => e.ExpertId), cancellationToken);
        var priced = BillingLines.ForInvoice(project, entries, experts);
        if (priced.Unpriced.Count > 0)
            await BillingClaims.ReleaseAsync(db, BillingSide.Invoice, [invoiceId], priced.Unpriced.Select(e => e.Id).ToList(), cancellationToken);
        var unbilled = priced.Unpriced.Select(e => e.Id).ToHashSet();
        return (priced.Lines, entries.Where(e => !unbilled.Contains(e.Id)).Select(e => e.Id).ToList(), priced.Skipped);
    }

    /// <summary>Prices what <paramref name="claimId"/> holds, per currency, and gives back entries without an agreed pay rate.</summary>
    public static async Task<(List<StatementGroup> Currencies, List<string> Skipped)> PriceStatementAsync(
        IAppDbContext db, Guid expertId, Guid claimId, CancellationToken cancellationToken)
    {
        var entries = await BillingClaims.OnAsync(db, BillingSide.Payout, claimId, cancellationToken);
        var rates = await RatesAsync(db, entries, cancellationToken);
        var result = StatementsFor(rates.Experts[expertId], entries, rates, out var unpriced, out var skipped);
        if (unpriced.Count > 0)
            await BillingClaims.ReleaseAsync(db, BillingSide.Payout, [claimId], unpriced, cancellationToken);
        return (result, skipped);
    }

    public static async Task<Dictionary<Guid, BilledExpert>> ExpertsAsync(IAppDbContext db, IEnumerable<Guid> expertIds, CancellationToken cancellationToken)
    {
        var ids = expertIds.Distinct().ToList();
        return await db.Experts.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new BilledExpert(x.Id, x.FullName, x.YearsOfExperience))
            .ToDictionaryAsync(x => x.Id, cancellationToken);
    }

    /// <summary>What pricing claimed hours for statements reads: the experts, the engagements' agreed rates and the projects (for line descriptions).</summary>
    private sealed record StatementRates(Dictionary<Guid, BilledExpert> Experts, Dictionary<Guid, Engagement> Engagements, Dictionary<Guid, Project> Projects);

    private static async Task<StatementRates> RatesAsync(IAppDbContext db, IReadOnlyCollection<TimeEntry> entries, CancellationToken cancellationToken)
    {
        var experts = await ExpertsAsync(db, entries.Select(e => e.ExpertId), cancellationToken);
        var engagementIds = entries.Select(e => e.EngagementId).Distinct().ToList();
        var engagements = await db.Engagements.AsNoTracking().Include(e => e.AgreedRates)
            .Where(e => engagementIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var projectIds = entries.Select(e => e.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new StatementRates(experts, engagements, projects);
    }

    private static List<StatementGroup> StatementsFor(BilledExpert expert, List<TimeEntry> entries, StatementRates rates, out List<Guid> unpricedIds, out List<string> skipped)
    {
        var groups = BillingLines.ForStatements(expert, entries, rates.Engagements, rates.Projects, out var unpriced, out skipped);
        unpricedIds = unpriced.Select(e => e.Id).ToList();
        var without = unpricedIds.ToHashSet();
        return groups.Select(g => new StatementGroup(g.Currency, g.Priced.Lines,
            entries.Where(e => !without.Contains(e.Id) && rates.Engagements[e.EngagementId].PayRateFor(e.Activity)!.Currency == g.Currency).Select(e => e.Id).ToList())).ToList();
    }
}
