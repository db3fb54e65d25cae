using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Claiming approved hours for a draft with one conditional UPDATE, and giving them back. The condition
/// (approved, not yet on a document of that side) is evaluated by the database at the moment of the update: on
/// PostgreSQL and SQL Server a concurrent claim of the same rows waits for the first to commit and then re-checks the
/// condition, on SQLite writers are serialised, so an entry lands on at most one document per side
/// (docs/decisions/0013-invoicing.md). Bulk updates bypass the change tracker, so the use case states on each document
/// which entries went onto it (<see cref="AuditClaimed"/>) or came off it (<see cref="ReleaseAllFromInvoiceAsync"/>,
/// <see cref="ReleaseAllFromStatementAsync"/>): one event per document, chained by the save of the same transaction.
/// Every query names the Approved status (claimed hours are always approved and locked) so that the
/// (Status, InvoiceId, WorkDate) and (Status, PayoutStatementId, WorkDate) indexes serve it instead of a table scan.
/// </summary>
internal static class BillingClaims
{
    public static Task<int> ClaimForInvoiceAsync(IAppDbContext db, Guid projectId, DateRange period, Guid invoiceId, CancellationToken cancellationToken)
    {
        var from = period.Start;
        var to = period.End ?? period.Start;
        return db.TimeEntries
            .Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == null && t.ProjectId == projectId && t.WorkDate >= from && t.WorkDate <= to)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.InvoiceId, invoiceId).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
    }

    public static Task<int> ClaimForStatementAsync(IAppDbContext db, Guid expertId, DateRange period, Guid? clientId, Guid statementId, CancellationToken cancellationToken)
    {
        var from = period.Start;
        var to = period.End ?? period.Start;
        var unclaimed = db.TimeEntries
            .Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == null && t.ExpertId == expertId && t.WorkDate >= from && t.WorkDate <= to);
        if (clientId is { } client)
            unclaimed = unclaimed.Where(t => db.Projects.Any(p => p.Id == t.ProjectId && p.ClientId == client));
        return unclaimed.ExecuteUpdateAsync(s => s.SetProperty(t => t.PayoutStatementId, statementId).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
    }

    public static Task<List<TimeEntry>> OnInvoiceAsync(IAppDbContext db, Guid invoiceId, CancellationToken cancellationToken) =>
        db.TimeEntries.AsNoTracking().Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == invoiceId).OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    public static Task<List<TimeEntry>> OnStatementAsync(IAppDbContext db, Guid statementId, CancellationToken cancellationToken) =>
        db.TimeEntries.AsNoTracking().Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == statementId).OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>What a batch of drafts claimed, in one read.</summary>
    public static Task<List<TimeEntry>> OnInvoicesAsync(IAppDbContext db, IReadOnlyCollection<Guid> invoiceIds, CancellationToken cancellationToken) =>
        db.TimeEntries.AsNoTracking().Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId != null && invoiceIds.Contains(t.InvoiceId.Value)).OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>What a batch of statement claims holds, in one read.</summary>
    public static Task<List<TimeEntry>> OnStatementsAsync(IAppDbContext db, IReadOnlyCollection<Guid> statementIds, CancellationToken cancellationToken) =>
        db.TimeEntries.AsNoTracking().Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId != null && statementIds.Contains(t.PayoutStatementId.Value)).OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>Gives the <paramref name="entryIds"/> back from whichever of a batch's drafts <paramref name="invoiceIds"/> holds them, in one update.</summary>
    public static Task<int> ReleaseFromInvoicesAsync(IAppDbContext db, IReadOnlyCollection<Guid> invoiceIds, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId != null && invoiceIds.Contains(t.InvoiceId.Value) && entryIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.InvoiceId, (Guid?)null).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    /// <summary>Gives the <paramref name="entryIds"/> back from whichever of a batch's statement claims <paramref name="statementIds"/> holds them, in one update.</summary>
    public static Task<int> ReleaseFromStatementsAsync(IAppDbContext db, IReadOnlyCollection<Guid> statementIds, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId != null && statementIds.Contains(t.PayoutStatementId.Value) && entryIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.PayoutStatementId, (Guid?)null).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    /// <summary>
    /// Gives <paramref name="entryIds"/> back from an invoice right after claiming them (hours that cannot be priced). Not
    /// audited on its own: the claim's event names only what the document keeps.
    /// </summary>
    public static Task<int> ReleaseFromInvoiceAsync(IAppDbContext db, Guid invoiceId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == invoiceId && entryIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.InvoiceId, (Guid?)null).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    /// <inheritdoc cref="ReleaseFromInvoiceAsync"/>
    public static Task<int> ReleaseFromStatementAsync(IAppDbContext db, Guid statementId, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == statementId && entryIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.PayoutStatementId, (Guid?)null).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);

    /// <summary>Gives every hour on an invoice back (discard, void, regenerate) and records which entries came off it.</summary>
    public static async Task<List<Guid>> ReleaseAllFromInvoiceAsync(IAppDbContext db, Guid invoiceId, CancellationToken cancellationToken)
    {
        var onIt = db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == invoiceId);
        var ids = await onIt.Select(t => t.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return ids;
        await onIt.ExecuteUpdateAsync(s => s.SetProperty(t => t.InvoiceId, (Guid?)null).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        AuditReleased(db, nameof(Invoice), invoiceId, ids);
        return ids;
    }

    /// <summary>Gives every hour on a payout statement back (discard, void, regenerate) and records which entries came off it.</summary>
    public static async Task<List<Guid>> ReleaseAllFromStatementAsync(IAppDbContext db, Guid statementId, CancellationToken cancellationToken)
    {
        var onIt = db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == statementId);
        var ids = await onIt.Select(t => t.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return ids;
        await onIt.ExecuteUpdateAsync(s => s.SetProperty(t => t.PayoutStatementId, (Guid?)null).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken);
        AuditReleased(db, nameof(PayoutStatement), statementId, ids);
        return ids;
    }

    /// <summary>Records on a document's trail which time entries it now bills (after pricing gave back what it cannot bill).</summary>
    public static void AuditClaimed(IAppDbContext db, string documentType, Guid documentId, IEnumerable<Guid> entryIds) =>
        db.RecordAuditEvent(BillingClaimAudit.ClaimedAction, documentType, documentId.ToString(), null, Entries(entryIds));

    private static void AuditReleased(IAppDbContext db, string documentType, Guid documentId, IEnumerable<Guid> entryIds) =>
        db.RecordAuditEvent(BillingClaimAudit.ReleasedAction, documentType, documentId.ToString(), Entries(entryIds), null);

    private static Dictionary<string, object?> Entries(IEnumerable<Guid> entryIds) =>
        new() { [BillingClaimAudit.EntriesField] = entryIds.Order().Select(id => id.ToString()).ToList() };

    /// <summary>Moves claimed entries from the claim id to the statement that bills them (one claim can feed statements in several currencies).</summary>
    public static Task<int> MoveToStatementAsync(IAppDbContext db, Guid claimId, IReadOnlyCollection<Guid> entryIds, Guid statementId, CancellationToken cancellationToken) =>
        db.TimeEntries.Where(t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == claimId && entryIds.Contains(t.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.PayoutStatementId, statementId), cancellationToken);
}
