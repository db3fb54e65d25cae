using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Invoicing;

public sealed record GetPayoutStatementQuery(Guid Id);

/// <summary>One payout statement or its credit note with its lines and the documents it is linked to.</summary>
public sealed class GetPayoutStatementHandler(IAppDbContext db)
{
    public async Task<PayoutDetail?> HandleAsync(GetPayoutStatementQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.Id;
        var statement = await db.PayoutStatements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (statement is null)
            return null;
        var expert = await db.Experts.AsNoTracking().Where(e => e.Id == statement.ExpertId).Select(e => new { e.FullName, e.Email }).SingleAsync(cancellationToken);
        var linkedIds = new[] { statement.CreditNoteId, statement.CreditedDocumentId }.OfType<Guid>().ToList();
        var linked = await db.PayoutStatements.AsNoTracking().Where(s => linkedIds.Contains(s.Id))
            .Select(s => new LinkedDocument(s.Id, s.Number, s.Status)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var entries = await db.TimeEntries.CountAsync(t => t.PayoutStatementId == id, cancellationToken);
        return new PayoutDetail(
            statement.Id, statement.Version, statement.Number, statement.Kind, statement.Status, statement.ExpertId, expert.FullName, expert.Email,
            statement.Period.Start, statement.Period.End ?? statement.Period.Start, statement.Currency, statement.Subtotal, statement.TaxAmount, statement.Total,
            statement.CreatedUtc, statement.IssuedUtc, statement.IssueDate, statement.DueDate, statement.PaidOn, statement.PaymentReference,
            statement.VoidedUtc, statement.VoidReason, statement.CreditNoteId is { } n ? linked.GetValueOrDefault(n) : null,
            statement.CreditedDocumentId is { } c ? linked.GetValueOrDefault(c) : null, statement.PdfStorageKey is not null, statement.PdfSha256, entries,
            statement.LinesInOrder().Select(l => new BillingLineView(l.Description, l.ExpertId, l.Activity, l.Hours, l.UnitPrice, l.Amount)).ToList());
    }
}
