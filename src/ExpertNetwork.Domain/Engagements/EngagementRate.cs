using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Engagements;

/// <summary>The pay rate agreed for one activity, snapshotted when the offer is made; rate card changes never reach it.</summary>
public sealed class EngagementRate
{
    private EngagementRate() { HourlyRate = Money.Zero("USD"); }

    internal EngagementRate(Guid engagementId, Activity activity, Money hourlyRate)
    {
        EngagementId = engagementId;
        Activity = activity;
        HourlyRate = hourlyRate;
    }

    public Guid EngagementId { get; private set; }
    public Activity Activity { get; private set; }
    public Money HourlyRate { get; private set; }
}
