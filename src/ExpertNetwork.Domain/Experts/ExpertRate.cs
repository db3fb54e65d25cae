using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Experts;

/// <summary>One line of an expert's rate card: the hourly pay for an activity over a period.</summary>
public sealed class ExpertRate : Entity
{
    public const string PayRateRule = "The hourly rate must be between {1} and {2}.";

    private ExpertRate() { HourlyRate = Money.Zero("USD"); Effective = new DateRange(DateOnly.MinValue, null); }

    internal ExpertRate(Guid expertId, Activity activity, Money hourlyRate, DateRange effective)
    {
        if (!HourlyRates.Admits(hourlyRate.Amount))
            throw Refusal.Invalid(RuleText.Between(PayRateRule, HourlyRates.Min, HourlyRates.Max), "Amount");
        ExpertId = expertId;
        Activity = activity;
        HourlyRate = hourlyRate;
        Effective = effective;
    }

    public Guid ExpertId { get; private set; }
    public Activity Activity { get; private set; }
    public Money HourlyRate { get; private set; }
    public DateRange Effective { get; private set; }

    internal void EndOn(DateOnly lastDay) => Effective = new DateRange(Effective.Start, lastDay);
}
