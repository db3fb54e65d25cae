using System.Data.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>What issuing an invoice and issuing a payout statement share: one transaction per document, and the PDF stored with its hash.</summary>
internal static class DocumentIssuing
{
    public const string InvoiceArea = "invoices";
    public const string StatementArea = "payout-statements";

    private const int MaxAttempts = 4;

    /// <summary>Issues each document on its own; a refusal is reported and the others go on.</summary>
    public static async Task<IssueOutcome> EachAsync(IReadOnlyList<Guid> ids, Func<Guid, Task<IssuedDocument>> issue)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var issued = new List<IssuedDocument>();
        var refused = new List<RefusedDocument>();
        foreach (var id in ids.Distinct())
        {
            try
            {
                issued.Add(await WithRetryAsync(() => issue(id)));
            }
            catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                refused.Add(new RefusedDocument(id, ex.Message));
            }
            catch (Refusal ex) when (ex.Kind == RefusalKind.NotFound)
            {
                refused.Add(new RefusedDocument(id, ex.Message));
            }
            catch (DbUpdateConcurrencyException)
            {
                refused.Add(new RefusedDocument(id, "It was changed by someone else at the same moment, so it was not issued. Reload and try again."));
            }
        }
        return new IssueOutcome(issued, refused);
    }

    /// <summary>
    /// Runs a whole transaction again when the database chose it as a deadlock or serialisation victim: it was rolled
    /// back entirely (number included), so running it again is safe. The first issue of a year can meet such a cycle
    /// while the year's series row is being created.
    /// </summary>
    public static async Task<T> WithRetryAsync<T>(Func<Task<T>> transaction)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transaction();
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsTransient(ex))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt));
            }
        }
    }

    public static bool IsTransient(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException { IsTransient: true })
                return true;
        }
        return false;
    }

    /// <summary>
    /// Stores the PDF, records its key and hash on the document, saves and commits. When anything fails the stored file
    /// is removed again and the transaction rolls back, number included.
    /// </summary>
    public static async Task StoreAndCommitAsync(IAppDbContext db, IDbContextTransaction transaction, IFileStore files, string area,
        BillingDocument document, RenderedDocument pdf, CancellationToken cancellationToken)
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
        catch (Exception ex) when (ex is InvalidOperationException or DbException)
        {
            // The commit itself failed and ended the transaction; there is nothing left to roll back.
        }
    }
}
