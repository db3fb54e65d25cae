using ExpertNetwork.Application.Invoicing;

namespace ExpertNetwork.Web.Models;

/// <summary>A payout statement's page: the statement, and the app clock's "now" that the paid-on date starts from.</summary>
public sealed record PayoutPageViewModel(PayoutDetail Statement, DateTime AsOfUtc);
