using ExpertNetwork.Application.Invoicing;

namespace ExpertNetwork.Web.Models;

/// <summary>An invoice or credit note's page: the document, and today in the finance zone, which the paid-on date starts from.</summary>
public sealed record InvoicePageViewModel(InvoiceDetail Invoice, DateOnly Today);
