using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Invoicing;

/// <summary>A line of an invoice or payout statement: hours of one activity at one rate, e.g. one expert's annotation hours.</summary>
public sealed class BillingLine
{
    private BillingLine() { Description = string.Empty; }

    public BillingLine(string description, Guid? expertId, Activity activity, decimal hours, decimal unitPrice, string currency)
    {
        if (hours == 0)
            throw Refusal.Invalid("A line needs hours.");
        if (unitPrice < 0)
            throw Refusal.Invalid("A unit price cannot be negative.");
        Id = Guid.CreateVersion7();
        Description = Guard.Required(description, "Line description", TextLimits.Name);
        ExpertId = expertId;
        Activity = activity;
        Hours = hours;
        UnitPrice = unitPrice;
        Amount = Money.RoundToMinorUnit(hours * unitPrice, currency);
    }

    public Guid Id { get; private set; }
    public string Description { get; private set; }
    public Guid? ExpertId { get; private set; }
    public Activity Activity { get; private set; }
    public decimal Hours { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal Amount { get; private set; }

    internal BillingLine Negated(string currency) => new(Description, ExpertId, Activity, -Hours, UnitPrice, currency);
}
