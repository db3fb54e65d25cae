using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.IntegrationTests.Infrastructure;

/// <summary>Who the test acts as; written into every audit event. Change it between saves to act as someone else.</summary>
public sealed class TestActor : ICurrentActor
{
    public ActorKind Kind { get; private set; } = ActorKind.Staff;
    public string Id { get; private set; } = "staff-7";
    public string Name { get; private set; } = "Maria Nowak";

    public void ActAs(ActorKind kind, string id, string name)
    {
        Kind = kind;
        Id = id;
        Name = name;
    }
}
