using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>An expert's self-billing statement for March 2026, issued on 1 April 2026.</summary>
public sealed class PayoutStatementBuilder
{
    private readonly List<(decimal Hours, decimal UnitPrice)> _lines = [];
    private string _currency = "EUR";

    public PayoutStatementBuilder InCurrency(string currency)
    {
        _currency = currency;
        return this;
    }

    public PayoutStatementBuilder WithLine(decimal hours, decimal unitPrice)
    {
        _lines.Add((hours, unitPrice));
        return this;
    }

    public PayoutStatement Build()
    {
        var lines = _lines.Count == 0 ? [(40m, 95m)] : _lines;
        var expertId = Guid.NewGuid();
        var billingLines = lines.Select(l => new BillingLine("Annotation on ONC-2026", expertId, Activity.Annotation, l.Hours, l.UnitPrice, _currency));
        return PayoutStatement.Draft(expertId, new DateRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), _currency, billingLines, TestClock.Utc(2026, 4, 1, 8));
    }

    public PayoutStatement BuildIssued(NumberSeries? series = null)
    {
        var statement = Build();
        statement.Issue(series ?? NumberSeries.Start(NumberSeries.Payouts, 2026), InvoiceBuilder.IssueDate, 14, InvoiceBuilder.IssuedUtc);
        statement.ClearPendingActions();
        return statement;
    }
}
