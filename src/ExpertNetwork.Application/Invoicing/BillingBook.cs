using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore.Storage;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>One side's documents as the shared billing mechanics see them (see <see cref="BillingBook{TDocument}"/>).</summary>
internal interface IBillingBook
{
    Task<IssuedDocument> IssueAsync(Guid documentId, DateTime nowUtc, CancellationToken cancellationToken);

    Task<IssuedDocument> VoidAsync(Guid documentId, string reason, DateTime nowUtc, CancellationToken cancellationToken);

    Task DiscardAsync(Guid documentId, CancellationToken cancellationToken);
}

/// <summary>
/// What issuing, voiding and discarding do the same way for client invoices and expert payout statements, written once:
/// each runs in one transaction of its own unit of work (the book is built for one attempt of
/// <see cref="FreshAttempts"/>, with its dependencies), takes its number from the side's series under the series row's
/// lock, stores the PDF with its hash, and gives hours back through <see cref="BillingClaims"/>. A side says only where
/// its documents are, how its PDF is made and what goes with an issued one (the expert's mail).
/// </summary>
/// <param name="documentSide">The side whose documents these are.</param>
/// <param name="area">The documents' folder in the file store.</param>
/// <param name="documents">Where the side's documents are.</param>
internal abstract class BillingBook<TDocument>(IAppDbContext db, IFileStore files, FinanceOptions finance, BillingSide documentSide, string area,
    DbSet<TDocument> documents) : IBillingBook where TDocument : BillingDocument
{
    protected IAppDbContext Db => db;

    protected FinanceOptions Finance => finance;

    private string What => BillingDocuments.What(documentSide);

    /// <summary>The issued document's PDF, and whatever goes with it in the same unit of work.</summary>
    /// <param name="credited">For a credit note, the document it cancels.</param>
    protected abstract Task<RenderedDocument> RenderIssuedAsync(TDocument document, TDocument? credited, CancellationToken cancellationToken);

    public async Task<IssuedDocument> IssueAsync(Guid documentId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = finance.Today(nowUtc);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = await NumberSeriesLock.LockAsync(db, BillingSeries.OriginalsOf(documentSide), today.Year, cancellationToken);
        var document = await documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken) ?? throw Refusal.NotFound(What);
        document.Issue(series, today, finance.PaymentTermDays, nowUtc);
        var pdf = await RenderIssuedAsync(document, null, cancellationToken);
        await StoreAndCommitAsync(transaction, document, pdf, cancellationToken);
        return new IssuedDocument(document.Id, document.Number!);
    }

    /// <summary>
    /// One transaction: the credit note takes its number, its PDF is stored, the original is stamped voided (nothing else
    /// about it changes) and its hours are given back so they can be billed again.
    /// </summary>
    public async Task<IssuedDocument> VoidAsync(Guid documentId, string reason, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = finance.Today(nowUtc);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = await NumberSeriesLock.LockAsync(db, BillingSeries.CreditNotesOf(documentSide), today.Year, cancellationToken);
        var original = await documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken) ?? throw Refusal.NotFound(What);
        var note = (TDocument)original.Void(series, today, finance.PaymentTermDays, reason, nowUtc);
        documents.Add(note);
        await BillingClaims.ReleaseAllAsync(db, documentSide, original.Id, cancellationToken);
        var pdf = await RenderIssuedAsync(note, original, cancellationToken);
        await StoreAndCommitAsync(transaction, note, pdf, cancellationToken);
        return new IssuedDocument(note.Id, note.Number!);
    }

    /// <summary>Deletes a draft and gives its hours back; issued documents are never deleted.</summary>
    public async Task DiscardAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var document = await documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken) ?? throw Refusal.NotFound(What);
        document.Discard();
        await BillingClaims.ReleaseAllAsync(db, documentSide, document.Id, cancellationToken);
        documents.Remove(document);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the PDF, records its key and hash on the document, saves and commits. When anything fails the stored file
    /// is removed again and the transaction rolls back, number included.
    /// </summary>
    private async Task StoreAndCommitAsync(IDbContextTransaction transaction, TDocument document, RenderedDocument pdf, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(pdf.Pdf, writable: false);
        var stored = await files.SaveAsync(area, content, cancellationToken);
        try
        {
            document.AttachPdf(stored.Sha256, stored.Key);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Rolled back first: a file store that writes through this transaction loses the file with it, and a
            // failed transaction (PostgreSQL refuses every further statement in it) must not fail the clean-up.
            await RollBackAsync(transaction);
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }
    }

    private static async Task RollBackAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            // The commit itself failed and ended the transaction; there is nothing left to roll back.
        }
    }
}

/// <summary>Client invoices and their credit notes (INV and CRN series).</summary>
internal sealed class InvoiceBook(IAppDbContext db, IFileStore files, FinanceOptions finance, IDocumentRenderer renderer)
    : BillingBook<Invoice>(db, files, finance, BillingSide.Invoice, "invoices", db.Invoices)
{
    protected override async Task<RenderedDocument> RenderIssuedAsync(Invoice document, Invoice? credited, CancellationToken cancellationToken)
    {
        var (clientId, projectId) = (document.ClientId, document.ProjectId);
        var billed = await (from c in Db.Clients.AsNoTracking()
                            from p in Db.Projects.AsNoTracking()
                            where c.Id == clientId && p.Id == projectId
                            select new { Client = c, Project = p }).SingleAsync(cancellationToken);
        return BillingPdfs.Invoice(renderer, Finance, document, billed.Client, billed.Project, credited?.Number);
    }
}

/// <summary>Expert payout statements and their credit notes (PAY and PCN series); the expert is mailed each one with its PDF.</summary>
internal sealed class PayoutBook(IAppDbContext db, IFileStore files, FinanceOptions finance, IDocumentRenderer renderer, PayoutStatementMail mail)
    : BillingBook<PayoutStatement>(db, files, finance, BillingSide.Payout, "payout-statements", db.PayoutStatements)
{
    protected override async Task<RenderedDocument> RenderIssuedAsync(PayoutStatement document, PayoutStatement? credited, CancellationToken cancellationToken)
    {
        var expert = await Db.Experts.AsNoTracking().SingleAsync(x => x.Id == document.ExpertId, cancellationToken);
        var pdf = BillingPdfs.Statement(renderer, Finance, document, expert, credited?.Number);
        mail.Enqueue(document, expert, pdf.Pdf, credited?.Number);
        return pdf;
    }
}

/// <summary>Which number series a side's originals and credit notes take their numbers from.</summary>
internal static class BillingSeries
{
    public static string OriginalsOf(BillingSide side) => side == BillingSide.Invoice ? NumberSeries.Invoices : NumberSeries.Payouts;

    public static string CreditNotesOf(BillingSide side) => side == BillingSide.Invoice ? NumberSeries.CreditNotes : NumberSeries.PayoutCredits;
}
