using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Expert payout statements and their credit notes for finance, of one expert when the filter says so.</summary>
public sealed class ListPayoutStatementsHandler(IAppDbContext db)
    : BillingListHandler<PayoutStatement, PayoutFilter, PayoutListItem>(db.PayoutStatements)
{
    private protected override IQueryable<PayoutStatement> Narrowed(IQueryable<PayoutStatement> statements, PayoutFilter filter) =>
        filter.ExpertId is { } expertId ? statements.Where(s => s.ExpertId == expertId) : statements;

    private protected override IQueryable<PayoutListItem> Listed(IQueryable<PayoutStatement> statements) =>
        from s in statements
        join e in db.Experts.AsNoTracking() on s.ExpertId equals e.Id
        orderby s.CreatedUtc descending, s.Id descending
        select new PayoutListItem(s.Id, s.Number, s.Kind, s.Status, e.Id, e.FullName, e.Email, s.Period.Start, s.Period.End ?? s.Period.Start,
            s.Currency, s.Total, s.IssueDate, s.PaidOn, s.PaymentReference, s.CreatedUtc);
}
