using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>Invoices and credit notes for finance, of one client or project when the filter says so.</summary>
public sealed class ListInvoicesHandler(IAppDbContext db) : BillingListHandler<Invoice, InvoiceFilter, InvoiceListItem>(db.Invoices)
{
    private protected override IQueryable<Invoice> Narrowed(IQueryable<Invoice> invoices, InvoiceFilter filter)
    {
        if (filter.ClientId is { } clientId)
            invoices = invoices.Where(i => i.ClientId == clientId);
        if (filter.ProjectId is { } projectId)
            invoices = invoices.Where(i => i.ProjectId == projectId);
        return invoices;
    }

    private protected override IQueryable<InvoiceListItem> Listed(IQueryable<Invoice> invoices) =>
        from i in invoices
        join c in db.Clients.AsNoTracking() on i.ClientId equals c.Id
        join p in db.Projects.AsNoTracking() on i.ProjectId equals p.Id
        orderby i.CreatedUtc descending, i.Id descending
        select new InvoiceListItem(i.Id, i.Number, i.Kind, i.Status, c.Id, c.Name, p.Id, p.Code, p.Name, i.Period.Start, i.Period.End ?? i.Period.Start,
            i.Currency, i.Subtotal, i.TaxAmount, i.Total, i.IssueDate, i.DueDate, i.PaidOn, i.ReverseCharge, i.CreatedUtc);
}
