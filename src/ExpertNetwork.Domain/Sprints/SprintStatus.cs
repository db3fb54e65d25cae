namespace ExpertNetwork.Domain.Sprints;

public enum SprintStatus
{
    Scheduled,
    Running,
    Closed,
    Cancelled,
}
