using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public sealed record GetPayoutStatementQuery(Guid Id) : BillingDocumentRequest(BillingSide.Payout, Id);

/// <summary>One payout statement or its credit note with its lines, the expert it pays and the documents it is linked to.</summary>
public sealed class GetPayoutStatementHandler(IAppDbContext db)
    : GetBillingDocumentHandler<GetPayoutStatementQuery, PayoutStatement, PayoutDetail>(db, db.PayoutStatements)
{
    private protected override async Task<PayoutDetail> DescribeAsync(PayoutStatement statement, DocumentTrail trail, CancellationToken cancellationToken)
    {
        var expert = await Db.Experts.AsNoTracking().Where(e => e.Id == statement.ExpertId).Select(e => new { e.FullName, e.Email }).SingleAsync(cancellationToken);
        return new PayoutDetail(
            statement.Id, statement.Version, statement.Number, statement.Kind, statement.Status, statement.ExpertId, expert.FullName, expert.Email,
            statement.Period.Start, statement.Period.End ?? statement.Period.Start, statement.Currency, statement.Subtotal, statement.TaxAmount, statement.Total,
            statement.CreatedUtc, statement.IssuedUtc, statement.IssueDate, statement.DueDate, statement.PaidOn, statement.PaymentReference,
            statement.VoidedUtc, statement.VoidReason, trail.CreditNote, trail.Credits, statement.PdfStorageKey is not null, statement.PdfSha256,
            trail.TimeEntryCount, trail.Lines);
    }
}
