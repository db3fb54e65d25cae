namespace ExpertNetwork.Domain.Clients;

public enum ProjectStatus
{
    Active,
    Completed,
    Cancelled,
}
