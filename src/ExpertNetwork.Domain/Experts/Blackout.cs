using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Experts;

/// <summary>Days the expert cannot work (holiday, on call, congress).</summary>
public sealed class Blackout : Entity
{
    // The reason's limit and sentence, shared by the form's annotation and the check below; {1} is the limit.
    public const int MaxReasonLength = TextLimits.Short;
    public const string ReasonTooLong = "The reason must be at most {1} characters.";

    private Blackout() { Days = new DateRange(DateOnly.MinValue, DateOnly.MinValue); }

    internal Blackout(Guid expertId, DateRange days, string? reason)
    {
        if (days.End is null)
            throw Refusal.Invalid("A blackout needs an end date.", "To");
        ExpertId = expertId;
        Days = days;
        Reason = Guard.Optional(reason, MaxReasonLength, ReasonTooLong);
    }

    public Guid ExpertId { get; private set; }
    public DateRange Days { get; private set; }
    public string? Reason { get; private set; }
}
