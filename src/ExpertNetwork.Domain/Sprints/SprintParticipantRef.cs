namespace ExpertNetwork.Domain.Sprints;

/// <summary>Who a notice is for: a current participant, or one taken off the sprint (known from an earlier notice).</summary>
public sealed record SprintParticipantRef(Guid EngagementId, Guid ExpertId);
