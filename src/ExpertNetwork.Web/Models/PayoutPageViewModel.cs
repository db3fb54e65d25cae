using ExpertNetwork.Application.Invoicing;

namespace ExpertNetwork.Web.Models;

/// <summary>A payout statement's page: the statement, and today in the finance zone, which the paid-on date starts from.</summary>
public sealed record PayoutPageViewModel(PayoutDetail Statement, DateOnly Today);
