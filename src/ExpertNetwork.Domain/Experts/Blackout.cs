using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Experts;

/// <summary>Days the expert cannot work (holiday, on call, congress).</summary>
public sealed class Blackout : Entity
{
    private Blackout() { Days = new DateRange(DateOnly.MinValue, DateOnly.MinValue); }

    internal Blackout(Guid expertId, DateRange days, string? reason)
    {
        if (days.End is null)
            throw Refusal.Invalid("A blackout needs an end date.", "To");
        ExpertId = expertId;
        Days = days;
        Reason = Guard.Optional(reason, "Blackout reason", TextLimits.Short);
    }

    public Guid ExpertId { get; private set; }
    public DateRange Days { get; private set; }
    public string? Reason { get; private set; }
}
