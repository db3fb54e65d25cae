namespace ExpertNetwork.Domain.Timesheets;

/// <summary>
/// What the rules across entries need to know when an entry is logged or corrected: the expert's today (in their time
/// zone), their other hours that day over all engagements, and the engagement's other hours against its cap. Rejected
/// hours and the entry itself are not counted.
/// </summary>
public sealed record OtherHours(DateOnly Today, decimal ThatDay, decimal OnEngagement, decimal EngagementCap);
