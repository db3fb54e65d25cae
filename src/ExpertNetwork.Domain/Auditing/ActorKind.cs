namespace ExpertNetwork.Domain.Auditing;

public enum ActorKind
{
    Staff,
    Expert,
    ApiKey,
    System,
}
