using System.Text.Json.Serialization;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// What the invoice list, its CSV and its ZIP are narrowed to. A document matches a period when its own period
/// overlaps it (an October run's invoices match October 1 to 31, and also October 15 to November 15).
/// </summary>
public sealed record InvoiceFilter(
    DateOnly? From = null, DateOnly? To = null, Guid? ClientId = null, Guid? ProjectId = null, DocumentStatus? Status = null,
    DocumentKind? Kind = null, int Page = 1, int PageSize = Common.Paging.DefaultPageSize) : IFinanceFilter;

/// <summary>What the payout statement list, the payment-run CSV and the ZIP are narrowed to.</summary>
public sealed record PayoutFilter(
    DateOnly? From = null, DateOnly? To = null, Guid? ExpertId = null, DocumentStatus? Status = null, DocumentKind? Kind = null,
    int Page = 1, int PageSize = Common.Paging.DefaultPageSize) : IFinanceFilter;

/// <summary>An invoice or credit note in a list.</summary>
public sealed record InvoiceListItem(
    Guid Id, string? Number, DocumentKind Kind, DocumentStatus Status, Guid ClientId, string ClientName, Guid ProjectId, string ProjectCode,
    string ProjectName, DateOnly PeriodStart, DateOnly PeriodEnd, string Currency, decimal Subtotal, decimal TaxAmount, decimal Total,
    DateOnly? IssueDate, DateOnly? DueDate, DateOnly? PaidOn, bool ReverseCharge, DateTime CreatedUtc)
{
    // The list offers to issue its drafts at once; not part of the API.
    [JsonIgnore]
    public bool IsDraft => BillingDocument.IsDraftIn(Status);
}

/// <summary>A payout statement or its credit note in a list.</summary>
public sealed record PayoutListItem(
    Guid Id, string? Number, DocumentKind Kind, DocumentStatus Status, Guid ExpertId, string ExpertName, string ExpertEmail,
    DateOnly PeriodStart, DateOnly PeriodEnd, string Currency, decimal Total, DateOnly? IssueDate, DateOnly? PaidOn, string? PaymentReference,
    DateTime CreatedUtc)
{
    // The list offers to issue its drafts at once; not part of the API.
    [JsonIgnore]
    public bool IsDraft => BillingDocument.IsDraftIn(Status);
}

/// <summary>The sums of every matching document (all pages) in one currency; drafts and voided ones included as listed.</summary>
public sealed record MoneyTotals(string Currency, int Documents, decimal Subtotal, decimal TaxAmount, decimal Total);

/// <summary>A page of documents and the totals of all of them.</summary>
public sealed record FinanceList<T>(Common.PagedResult<T> Page, IReadOnlyList<MoneyTotals> Totals);

/// <summary>A line as shown on a document's page.</summary>
public sealed record BillingLineView(string Description, Guid? ExpertId, Activity Activity, decimal Hours, decimal UnitPrice, decimal Amount);

/// <summary>A document that another one points at (the credit note of a voided original, or the original a credit note cancels).</summary>
public sealed record LinkedDocument(Guid Id, string? Number, DocumentStatus Status);

/// <summary>Everything an invoice's page shows. Version is the edit token.</summary>
public sealed record InvoiceDetail(
    Guid Id, int Version, string? Number, DocumentKind Kind, DocumentStatus Status, Guid ClientId, string ClientName, string ClientLegalName,
    string? ClientVatNumber, string ClientBillingAddress, Guid ProjectId, string ProjectCode, string ProjectName, DateOnly PeriodStart, DateOnly PeriodEnd,
    string Currency, decimal Subtotal, decimal TaxRate, decimal TaxAmount, decimal Total, bool ReverseCharge, bool PseudonymousExperts,
    DateTime CreatedUtc, DateTime? IssuedUtc, DateOnly? IssueDate, DateOnly? DueDate, DateOnly? PaidOn, string? PaymentReference,
    DateTime? VoidedUtc, string? VoidReason, LinkedDocument? CreditNote, LinkedDocument? Credits, bool HasStoredPdf, string? PdfSha256,
    int TimeEntryCount, IReadOnlyList<BillingLineView> Lines)
{
    public string? ReverseChargeNote => ReverseCharge ? Invoice.ReverseChargeNote : null;

    /// <summary>Where "Email to client" sends the PDF.</summary>
    public string ClientBillingEmail { get; init; } = string.Empty;

    public DateTime? SentUtc { get; init; }
    public string? SentTo { get; init; }

    // What the invoice's kind and status admit, as the domain decides it: the page offers only these actions; not part of the API.
    [JsonIgnore]
    public bool IsDraft => BillingDocument.IsDraftIn(Status);
    [JsonIgnore]
    public bool CanSend => Invoice.CanBeSentIn(Status, HasStoredPdf);
    [JsonIgnore]
    public bool CanMarkPaid => BillingDocument.AwaitsPaymentIn(Kind, Status);
    [JsonIgnore]
    public bool CanVoid => BillingDocument.AwaitsPaymentIn(Kind, Status);
}

/// <summary>Everything a payout statement's page shows.</summary>
public sealed record PayoutDetail(
    Guid Id, int Version, string? Number, DocumentKind Kind, DocumentStatus Status, Guid ExpertId, string ExpertName, string ExpertEmail,
    DateOnly PeriodStart, DateOnly PeriodEnd, string Currency, decimal Subtotal, decimal TaxAmount, decimal Total, DateTime CreatedUtc,
    DateTime? IssuedUtc, DateOnly? IssueDate, DateOnly? DueDate, DateOnly? PaidOn, string? PaymentReference, DateTime? VoidedUtc, string? VoidReason,
    LinkedDocument? CreditNote, LinkedDocument? Credits, bool HasStoredPdf, string? PdfSha256, int TimeEntryCount, IReadOnlyList<BillingLineView> Lines)
{
    // What the statement's kind and status admit, as the domain decides it: the page offers only these actions; not part of the API.
    [JsonIgnore]
    public bool IsDraft => BillingDocument.IsDraftIn(Status);
    [JsonIgnore]
    public bool CanMarkPaid => BillingDocument.AwaitsPaymentIn(Kind, Status);
    [JsonIgnore]
    public bool CanVoid => BillingDocument.AwaitsPaymentIn(Kind, Status);
}

/// <summary>A client or project to filter by.</summary>
public sealed record FinanceChoice(Guid Id, string Label);
