using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Clients;

/// <summary>What the client pays per hour for an expert tier and activity on a project, over a period.</summary>
public sealed class PriceListEntry : Entity
{
    public const string BillRateRule = "The hourly bill rate must be between {1} and {2}.";

    private PriceListEntry() { HourlyRate = Money.Zero("USD"); Effective = new DateRange(DateOnly.MinValue, null); }

    internal PriceListEntry(Guid projectId, ExpertTier tier, Activity activity, Money hourlyRate, DateRange effective)
    {
        if (!HourlyRates.Admits(hourlyRate.Amount))
            throw Refusal.Invalid(RuleText.Between(BillRateRule, HourlyRates.Min, HourlyRates.Max), "Amount");
        ProjectId = projectId;
        Tier = tier;
        Activity = activity;
        HourlyRate = hourlyRate;
        Effective = effective;
    }

    public Guid ProjectId { get; private set; }
    public ExpertTier Tier { get; private set; }
    public Activity Activity { get; private set; }
    public Money HourlyRate { get; private set; }
    public DateRange Effective { get; private set; }

    internal void EndOn(DateOnly lastDay) => Effective = new DateRange(Effective.Start, lastDay);
}
