using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

internal sealed record DraftedDocument(Guid Id, int Entries, string Currency, decimal Total);

/// <summary>An expert's priced hours in one currency: the lines of one statement and the entries it bills.</summary>
internal sealed record StatementGroup(string Currency, List<BillingLine> Lines, List<Guid> EntryIds);

internal sealed record DraftOutcome(IReadOnlyList<DraftedDocument> Drafted, IReadOnlyList<string> Skipped);

/// <summary>
/// Drafting one group (a project's invoice, an expert's statements) in its own short transaction: claim the hours with
/// one conditional update, read back exactly what was claimed, price it, give back what cannot be priced, save the draft.
/// </summary>
internal static class InvoiceDrafting
{
    public static async Task<DraftOutcome> DraftInvoiceAsync(IAppDbContext db, Guid projectId, DateRange period, Guid? runId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var project = await db.Projects.AsNoTracking().Include(p => p.PriceList).SingleAsync(p => p.Id == projectId, cancellationToken);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == project.ClientId, cancellationToken);
        var invoiceId = Guid.CreateVersion7();
        if (await BillingClaims.ClaimForInvoiceAsync(db, projectId, period, invoiceId, cancellationToken) == 0)
            return new DraftOutcome([], []);
        var priced = await PriceInvoiceAsync(db, project, invoiceId, cancellationToken);
        if (priced.Lines.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return new DraftOutcome([], priced.Skipped);
        }
        var invoice = Invoice.Draft(client, project, period, priced.Lines, nowUtc, invoiceId, runId);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DraftOutcome([new DraftedDocument(invoice.Id, priced.Entries, invoice.Currency, invoice.Total)], priced.Skipped);
    }

    public static async Task<DraftOutcome> DraftStatementsAsync(IAppDbContext db, Guid expertId, DateRange period, Guid? clientId, Guid? runId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One claim for all the expert's hours; they are then moved to one statement per currency.
        var claimId = Guid.CreateVersion7();
        if (await BillingClaims.ClaimForStatementAsync(db, expertId, period, clientId, claimId, cancellationToken) == 0)
            return new DraftOutcome([], []);
        var (currencies, skipped) = await PriceStatementAsync(db, expertId, claimId, cancellationToken);
        var drafted = new List<DraftedDocument>();
        foreach (var group in currencies)
        {
            var statement = PayoutStatement.Draft(expertId, period, group.Currency, group.Lines, nowUtc, runId: runId);
            await BillingClaims.MoveToStatementAsync(db, claimId, group.EntryIds, statement.Id, cancellationToken);
            db.PayoutStatements.Add(statement);
            drafted.Add(new DraftedDocument(statement.Id, group.EntryIds.Count, group.Currency, statement.Total));
        }
        if (drafted.Count > 0)
            await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new DraftOutcome(drafted, skipped);
    }

    /// <summary>Prices what <paramref name="invoiceId"/> has claimed and gives back the entries without a bill rate.</summary>
    public static async Task<(List<BillingLine> Lines, int Entries, List<string> Skipped)> PriceInvoiceAsync(
        IAppDbContext db, Project project, Guid invoiceId, CancellationToken cancellationToken)
    {
        var entries = await BillingClaims.OnInvoiceAsync(db, invoiceId, cancellationToken);
        var experts = await ExpertsAsync(db, entries.Select(e => e.ExpertId), cancellationToken);
        var priced = BillingLines.ForInvoice(project, entries, experts);
        if (priced.Unpriced.Count > 0)
            await BillingClaims.ReleaseFromInvoiceAsync(db, invoiceId, priced.Unpriced.Select(e => e.Id).ToList(), cancellationToken);
        return (priced.Lines, entries.Count - priced.Unpriced.Count, priced.Skipped);
    }

    /// <summary>Prices what <paramref name="claimId"/> holds, per currency, and gives back entries without an agreed pay rate.</summary>
    public static async Task<(List<StatementGroup> Currencies, List<string> Skipped)> PriceStatementAsync(
        IAppDbContext db, Guid expertId, Guid claimId, CancellationToken cancellationToken)
    {
        var entries = await BillingClaims.OnStatementAsync(db, claimId, cancellationToken);
        var expert = (await ExpertsAsync(db, [expertId], cancellationToken))[expertId];
        var engagementIds = entries.Select(e => e.EngagementId).Distinct().ToList();
        var engagements = await db.Engagements.AsNoTracking().Include(e => e.AgreedRates)
            .Where(e => engagementIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var projectIds = entries.Select(e => e.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var groups = BillingLines.ForStatements(expert, entries, engagements, projects, out var unpriced, out var skipped);
        if (unpriced.Count > 0)
            await BillingClaims.ReleaseFromStatementAsync(db, claimId, unpriced.Select(e => e.Id).ToList(), cancellationToken);
        var unpricedIds = unpriced.Select(e => e.Id).ToHashSet();
        var result = groups.Select(g => new StatementGroup(g.Currency, g.Priced.Lines,
            entries.Where(e => !unpricedIds.Contains(e.Id) && engagements[e.EngagementId].PayRateFor(e.Activity)!.Currency == g.Currency).Select(e => e.Id).ToList())).ToList();
        return (result, skipped);
    }

    public static async Task<Dictionary<Guid, BilledExpert>> ExpertsAsync(IAppDbContext db, IEnumerable<Guid> expertIds, CancellationToken cancellationToken)
    {
        var ids = expertIds.Distinct().ToList();
        return await db.Experts.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new BilledExpert(x.Id, x.FullName, x.YearsOfExperience))
            .ToDictionaryAsync(x => x.Id, cancellationToken);
    }
}
