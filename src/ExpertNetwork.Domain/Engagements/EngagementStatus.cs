namespace ExpertNetwork.Domain.Engagements;

public enum EngagementStatus
{
    Proposed,
    Offered,
    Accepted,
    Active,
    Completed,
    Declined,
    Expired,
    Withdrawn,
    Cancelled,
}
