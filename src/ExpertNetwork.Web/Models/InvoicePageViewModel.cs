using ExpertNetwork.Application.Invoicing;

namespace ExpertNetwork.Web.Models;

/// <summary>An invoice or credit note's page: the document, and the app clock's "now" that the paid-on date starts from.</summary>
public sealed record InvoicePageViewModel(InvoiceDetail Invoice, DateTime AsOfUtc);
