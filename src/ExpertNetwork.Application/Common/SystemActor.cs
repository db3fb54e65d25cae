using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Application.Common;

public sealed class SystemActor(string name = "system") : ICurrentActor
{
    public ActorKind Kind => ActorKind.System;
    public string Id => name;
    public string Name => name;
}
