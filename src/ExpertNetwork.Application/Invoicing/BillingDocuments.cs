using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What the use cases of both sides read the same way: where a side's documents are and how they are named.</summary>
internal static class BillingDocuments
{
    /// <summary>The side's documents, tracked.</summary>
    public static IQueryable<BillingDocument> Of(IAppDbContext db, BillingSide side) =>
        side == BillingSide.Invoice ? db.Invoices : db.PayoutStatements;

    /// <summary>One of the side's documents, or the not-found refusal that names the side.</summary>
    public static async Task<TDocument> FindAsync<TDocument>(IQueryable<TDocument> documents, BillingSide side, Guid id, CancellationToken cancellationToken)
        where TDocument : BillingDocument =>
        await documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw Refusal.NotFound(What(side));

    /// <summary>"The invoice", for "… was not found."</summary>
    public static string What(BillingSide side) => side == BillingSide.Invoice ? "The invoice" : "The payout statement";

    /// <summary>"invoice", for "PDF of invoice INV-2026-000001".</summary>
    public static string Noun(BillingSide side) => side == BillingSide.Invoice ? "invoice" : "payout statement";

    /// <summary>The credit note of a voided original and the original a credit note cancels, as the document's page links them.</summary>
    public static async Task<(LinkedDocument? CreditNote, LinkedDocument? Credits)> LinkedAsync(IAppDbContext db, BillingSide side, BillingDocument document,
        CancellationToken cancellationToken)
    {
        var ids = new[] { document.CreditNoteId, document.CreditedDocumentId }.OfType<Guid>().ToList();
        var linked = await Of(db, side).AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new LinkedDocument(d.Id, d.Number, d.Status)).ToDictionaryAsync(l => l.Id, cancellationToken);
        return (document.CreditNoteId is { } n ? linked.GetValueOrDefault(n) : null,
            document.CreditedDocumentId is { } c ? linked.GetValueOrDefault(c) : null);
    }

    /// <summary>How many time entries the document bills. A credit note's hours are the original's: they stay with it until it is voided.</summary>
    public static Task<int> EntryCountAsync(IAppDbContext db, BillingSide side, Guid documentId, CancellationToken cancellationToken) =>
        db.TimeEntries.CountAsync(TimeEntry.ClaimedBy(side, documentId), cancellationToken);

    /// <summary>The lines as the document's page shows them.</summary>
    public static IReadOnlyList<BillingLineView> LinesOf(BillingDocument document) =>
        document.LinesInOrder().Select(l => new BillingLineView(l.Description, l.ExpertId, l.Activity, l.Hours, l.UnitPrice, l.Amount)).ToList();
}
