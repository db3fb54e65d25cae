using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Claiming approved hours for a side's draft with one conditional UPDATE, and giving them back, the same way for
/// invoices and payout statements. The condition is <see cref="TimeEntry.ClaimableFor"/>, evaluated by the database at
/// the moment of the update: on PostgreSQL and SQL Server a concurrent claim of the same rows waits for the first to
/// commit and then re-checks the condition, on SQLite writers are serialised, so an entry lands on at most one document
/// per side (docs/decisions/0013-invoicing.md). Bulk updates bypass the change tracker, so the use case states on each
/// document which entries went onto it (<see cref="AuditClaimed"/>) or came off it (<see cref="ReleaseAllAsync"/>): one
/// event per document, chained by the save of the same transaction. Every query carries the Approved status (claimed
/// hours are always approved and locked) so that the (Status, InvoiceId, WorkDate) and (Status, PayoutStatementId,
/// WorkDate) indexes serve it instead of a table scan.
/// </summary>
internal static class BillingClaims
{
    /// <summary>Puts every claimable entry among <paramref name="candidates"/> on <paramref name="documentId"/>; returns how many.</summary>
    public static Task<int> ClaimAsync(BillingSide side, IQueryable<TimeEntry> candidates, Guid documentId, CancellationToken cancellationToken) =>
        candidates.Where(TimeEntry.ClaimableFor(side)).ExecuteUpdateAsync(s => s
            .SetProperty(TimeEntry.DocumentOf(side), (Guid?)documentId)
            .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    /// <summary>A project's hours of a period, for its invoice.</summary>
    public static IQueryable<TimeEntry> OfProject(IAppDbContext db, Guid projectId, DateRange period)
    {
        var from = period.Start;
        var to = period.End ?? period.Start;
        return db.TimeEntries.Where(t => t.ProjectId == projectId && t.WorkDate >= from && t.WorkDate <= to);
    }

    /// <summary>An expert's hours of a period, for their statements, limited to one client's projects when <paramref name="clientId"/> is set.</summary>
    public static IQueryable<TimeEntry> OfExpert(IAppDbContext db, Guid expertId, DateRange period, Guid? clientId)
    {
        var from = period.Start;
        var to = period.End ?? period.Start;
        var entries = db.TimeEntries.Where(t => t.ExpertId == expertId && t.WorkDate >= from && t.WorkDate <= to);
        return clientId is { } client ? entries.Where(t => db.Projects.Any(p => p.Id == t.ProjectId && p.ClientId == client)) : entries;
    }

    /// <summary>What one document holds, in work order.</summary>
    public static Task<List<TimeEntry>> OnAsync(IAppDbContext db, BillingSide side, Guid documentId, CancellationToken cancellationToken) =>
        db.TimeEntries.AsNoTracking().Where(TimeEntry.ClaimedBy(side, documentId)).OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>What a batch of drafts claimed, in one read.</summary>
    public static Task<List<TimeEntry>> OnAnyAsync(IAppDbContext db, BillingSide side, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken) =>
        db.TimeEntries.AsNoTracking().Where(TimeEntry.ClaimedByAny(side, documentIds)).OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Gives the <paramref name="entryIds"/> back from whichever of <paramref name="documentIds"/> holds them, in one update
    /// (hours that cannot be priced, right after claiming them). Not audited on its own: the claim's event names only
    /// what the document keeps.
    /// </summary>
    public static Task<int> ReleaseAsync(IAppDbContext db, BillingSide side, IReadOnlyCollection<Guid> documentIds, IReadOnlyCollection<Guid> entryIds,
        CancellationToken cancellationToken) =>
        db.TimeEntries.Where(TimeEntry.ClaimedByAny(side, documentIds)).Where(t => entryIds.Contains(t.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(TimeEntry.DocumentOf(side), (Guid?)null)
            .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    /// <summary>Gives every hour on a document back (discard, void, regenerate) and records which entries came off it.</summary>
    public static async Task<List<Guid>> ReleaseAllAsync(IAppDbContext db, BillingSide side, Guid documentId, CancellationToken cancellationToken)
    {
        var onIt = db.TimeEntries.Where(TimeEntry.ClaimedBy(side, documentId));
        var ids = await onIt.Select(t => t.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return ids;
        await onIt.ExecuteUpdateAsync(s => s
            .SetProperty(TimeEntry.DocumentOf(side), (Guid?)null)
            .SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        db.RecordAuditEvent(BillingClaimAudit.ReleasedAction, DocumentType(side), documentId.ToString(), Entries(ids), null);
        return ids;
    }

    /// <summary>Moves claimed entries from one document id to another of the same side (one claim can feed statements in several currencies).</summary>
    public static Task<int> MoveAsync(IAppDbContext db, BillingSide side, Guid fromId, IReadOnlyCollection<Guid> entryIds, Guid toId, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(TimeEntry.ClaimedBy(side, fromId)).Where(t => entryIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(TimeEntry.DocumentOf(side), (Guid?)toId), cancellationToken);

    /// <summary>Records on a document's trail which time entries it now bills (after pricing gave back what it cannot bill).</summary>
    public static void AuditClaimed(IAppDbContext db, BillingSide side, Guid documentId, IEnumerable<Guid> entryIds) =>
        db.RecordAuditEvent(BillingClaimAudit.ClaimedAction, DocumentType(side), documentId.ToString(), null, Entries(entryIds));

    /// <summary>The audit trail's entity name of a side's documents.</summary>
    public static string DocumentType(BillingSide side) => side == BillingSide.Invoice ? nameof(Invoice) : nameof(PayoutStatement);

    private static Dictionary<string, object?> Entries(IEnumerable<Guid> entryIds) =>
        new() { [BillingClaimAudit.EntriesField] = entryIds.Order().Select(id => id.ToString()).ToList() };
}
