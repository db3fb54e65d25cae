namespace ExpertNetwork.Domain.Common;

public abstract class Entity
{
    // Keys are made in the application (sortable v7 GUIDs) so an audit event can name the record before it is saved.
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
