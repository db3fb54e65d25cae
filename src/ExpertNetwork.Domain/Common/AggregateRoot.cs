namespace ExpertNetwork.Domain.Common;

/// <summary>
/// A consistency boundary. Each business verb records the action it performed; persistence turns every
/// recorded action, together with the before/after values of what changed, into one hash-chained audit event
/// in the same transaction.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<string> _pendingActions = [];

    /// <summary>Optimistic concurrency token, incremented by persistence on every save of a changed aggregate.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<string> PendingActions => _pendingActions;

    protected void Record(string action) => _pendingActions.Add(action);

    public void ClearPendingActions() => _pendingActions.Clear();

    public void IncrementVersion() => Version++;
}
