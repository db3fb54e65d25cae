using ExpertNetwork.Application.Invoicing;

namespace ExpertNetwork.Web.Controllers.Api;

/// <summary>A page of invoices or payout statements with the totals of every match per currency.</summary>
public sealed record FinancePage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages, IReadOnlyList<MoneyTotals> Totals)
{
    public static FinancePage<T> Of(FinanceList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new(list.Page.Items, list.Page.Page, list.Page.PageSize, list.Page.TotalCount, list.Page.TotalPages, list.Totals);
    }
}

/// <summary>A run for a period (both days inclusive), for one client or, without clientId, all.</summary>
public sealed record InvoiceRunRequest(DateOnly? From, DateOnly? To, Guid? ClientId);
