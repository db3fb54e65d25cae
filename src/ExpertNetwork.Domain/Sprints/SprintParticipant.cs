namespace ExpertNetwork.Domain.Sprints;

public sealed class SprintParticipant
{
    private SprintParticipant() { }

    internal SprintParticipant(Guid sprintId, Guid engagementId, Guid expertId, decimal committedHours)
    {
        SprintId = sprintId;
        EngagementId = engagementId;
        ExpertId = expertId;
        CommittedHours = committedHours;
    }

    public Guid SprintId { get; private set; }
    public Guid EngagementId { get; private set; }
    public Guid ExpertId { get; private set; }
    public decimal CommittedHours { get; private set; }

    internal void Commit(decimal hours) => CommittedHours = hours;
}
