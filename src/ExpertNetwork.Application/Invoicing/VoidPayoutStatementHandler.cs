using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Voids an issued statement by issuing a credit note that references it; returns the credit note.</summary>
/// <remarks>One transaction: PCN number, stored PDF, the original stamped voided, its hours free for a new statement, the credit note mailed to the expert.</remarks>
public sealed class VoidPayoutStatementHandler(IAppDbContext db, IServiceScopeFactory scopes, IFileStore files, IDocumentRenderer renderer, FinanceOptions options, PayoutStatementMail mail, IClock clock)
{
    public async Task<IssuedDocument> HandleAsync(Guid statementId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = options.Today(now);
        if (!await db.PayoutStatements.AnyAsync(s => s.Id == statementId, cancellationToken))
            throw Refusal.NotFound("The payout statement");
        await NumberSeriesLock.EnsureAsync(scopes, NumberSeries.PayoutCredits, today.Year, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var series = await NumberSeriesLock.LockAsync(db, NumberSeries.PayoutCredits, today.Year, cancellationToken);
        var original = await db.PayoutStatements.SingleAsync(s => s.Id == statementId, cancellationToken);
        var note = original.CreateCreditNote(now);
        note.Issue(series, today, options.PaymentTermDays, now);
        original.Void(note, reason, now);
        db.PayoutStatements.Add(note);
        await BillingClaims.ReleaseAllFromStatementAsync(db, original.Id, cancellationToken);
        var expert = await db.Experts.AsNoTracking().SingleAsync(x => x.Id == original.ExpertId, cancellationToken);
        var pdf = BillingPdfs.Statement(renderer, options, note, expert, original.Number);
        mail.Enqueue(note, expert, pdf.Pdf, original.Number);
        await DocumentIssuing.StoreAndCommitAsync(db, transaction, files, DocumentIssuing.StatementArea, note, pdf, cancellationToken);
        return new IssuedDocument(note.Id, note.Number!);
    }
}
