using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Web.Models;

/// <summary>What both lists' filters share as they come from the query string: a period, a status, a kind and the page.</summary>
public abstract class FinanceFilterForm
{
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    [Display(Name = "Status")]
    public DocumentStatus? Status { get; set; }

    [Display(Name = "Kind")]
    public DocumentKind? Kind { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The query string of these filters, the side's own (<paramref name="own"/>) after the period, for export links and the pager.</summary>
    private protected string QueryOf(int? page, params (string Key, string? Value)[] own) => FinanceQuery.Of(
        [("from", FinanceQuery.Date(From)), ("to", FinanceQuery.Date(To)), .. own, ("status", Status?.ToString()), ("kind", Kind?.ToString()),
            ("page", page?.ToString(CultureInfo.InvariantCulture))]);
}

/// <summary>The invoice list's filters; the same ones drive the CSV and the ZIP.</summary>
public sealed class InvoiceFilterForm : FinanceFilterForm
{
    [Display(Name = "Client")]
    public Guid? ClientId { get; set; }

    [Display(Name = "Project")]
    public Guid? ProjectId { get; set; }

    public InvoiceFilter ToFilter(int pageSize = Application.Common.Paging.DefaultPageSize) =>
        new(From, To, ClientId, ProjectId, Status, Kind, Math.Max(1, Page), pageSize);

    /// <summary>The query string of these filters (without the page unless given), for export links and the pager.</summary>
    public string Query(int? page = null) => QueryOf(page, ("clientId", ClientId?.ToString()), ("projectId", ProjectId?.ToString()));
}

/// <summary>The payout list's filters; the same ones drive the payment-run CSV and the ZIP.</summary>
public sealed class PayoutFilterForm : FinanceFilterForm
{
    [Display(Name = "Expert")]
    public Guid? ExpertId { get; set; }

    public PayoutFilter ToFilter(int pageSize = Application.Common.Paging.DefaultPageSize) =>
        new(From, To, ExpertId, Status, Kind, Math.Max(1, Page), pageSize);

    public string Query(int? page = null) => QueryOf(page, ("expertId", ExpertId?.ToString()));
}

/// <summary>Values as a date input wants them.</summary>
public static class FinanceQueryValue
{
    public static string? Date(DateOnly? day) => FinanceQuery.Date(day);
}

internal static class FinanceQuery
{
    public static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(params (string Key, string? Value)[] pairs)
    {
        var set = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return set.Count == 0 ? string.Empty : "?" + string.Join('&', set);
    }
}

public sealed class InvoicesIndexViewModel
{
    public required InvoiceFilterForm Filter { get; init; }

    public required FinanceList<InvoiceListItem> Result { get; init; }

    public IReadOnlyList<FinanceChoice> Clients { get; init; } = [];

    public IReadOnlyList<FinanceChoice> Projects { get; init; } = [];

    public string? FilterError { get; init; }
}

public sealed class PayoutsIndexViewModel
{
    public required PayoutFilterForm Filter { get; init; }

    public required FinanceList<PayoutListItem> Result { get; init; }

    public IReadOnlyList<FinanceChoice> Experts { get; init; } = [];

    public string? FilterError { get; init; }
}

/// <summary>The run form: a month (yyyy-MM) or a date range, and optionally one client.</summary>
public sealed class InvoiceRunForm
{
    [Display(Name = "Month")]
    [RegularExpression(@"^\d{4}-\d{2}$", ErrorMessage = "Pick a month, written as yyyy-MM (for example 2026-10).")]
    public string? Month { get; set; }

    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    [Display(Name = "Client")]
    public Guid? ClientId { get; set; }

    /// <summary>The period the form stands for, or the sentence that says what is missing.</summary>
    public (DateOnly From, DateOnly To)? Period(out string? problem)
    {
        problem = null;
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (!DateOnly.TryParseExact(Month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year is < 2000 or > 9998)
            {
                problem = $"'{Month}' is not a month; write it as yyyy-MM, for example 2026-10.";
                return null;
            }
            return (first, first.AddMonths(1).AddDays(-1));
        }
        if (From is { } from && To is { } to)
        {
            problem = FinanceFilters.PeriodProblem(from, to);
            return problem is null ? (from, to) : null;
        }
        problem = "Pick a month, or give both the first and the last day of the period.";
        return null;
    }
}

public sealed class InvoiceRunPageViewModel
{
    public required InvoiceRunForm Form { get; init; }

    public IReadOnlyList<FinanceChoice> Clients { get; init; } = [];

    public string? Error { get; init; }
}

public sealed class InvoiceRunResultViewModel
{
    public required InvoiceRunResult Result { get; init; }

    public string? ClientName { get; init; }

    public IReadOnlyList<InvoiceListItem> Invoices { get; init; } = [];

    public IReadOnlyList<PayoutListItem> Statements { get; init; } = [];
}

/// <summary>Marking an issued document paid.</summary>
public sealed class MarkPaidForm
{
    [Required(ErrorMessage = "Give the date the payment arrived.")]
    [Display(Name = "Paid on")]
    public DateOnly? PaidOn { get; set; }

    [StringLength(TextLimits.Short, ErrorMessage = "The payment reference must be at most {1} characters.")]
    public string? Reference { get; set; }
}

/// <summary>Voiding an issued document by a credit note.</summary>
public sealed class VoidForm
{
    [Required(ErrorMessage = "Give a reason for voiding; it is kept with the invoice and its credit note.")]
    [StringLength(TextLimits.Reason, ErrorMessage = "The reason must be at most {1} characters.")]
    public string? Reason { get; set; }
}
