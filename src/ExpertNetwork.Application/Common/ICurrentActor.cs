using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Application.Common;

/// <summary>Who is acting: a signed-in staff user, an expert through a link, an API key or a system job. Written into every audit event.</summary>
public interface ICurrentActor
{
    ActorKind Kind { get; }
    string Id { get; }
    string Name { get; }
}
