namespace ExpertNetwork.Domain.Auditing;

/// <summary>
/// The single row that tells where the chain ends. Writers lock it (by updating it first) so that events from
/// concurrent transactions are appended one after another, never onto the same predecessor.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    private AuditChainHead() { LastHash = AuditEvent.GenesisHash; }

    public int Id { get; private set; } = SingletonId;
    public long LastSequence { get; private set; }
    public string LastHash { get; private set; }
    public long LockCounter { get; private set; }

    public static AuditChainHead Genesis() => new();

    public void Advance(AuditEvent last)
    {
        ArgumentNullException.ThrowIfNull(last);
        LastSequence = last.Sequence;
        LastHash = last.Hash;
    }
}
