namespace ExpertNetwork.Domain.Auditing;

/// <summary>Walks events in sequence order and reports the first one whose content or link does not match.</summary>
public sealed class AuditVerification
{
    private readonly AuditChainHead? _headReadFirst;
    private string _expectedPrevious = AuditEvent.GenesisHash;
    private long _expectedSequence = 1;
    private string? _hashAtHead;

    public AuditVerification()
    {
    }

    /// <summary>
    /// A walk over a trail that may still grow: <paramref name="headReadFirst"/> is the head as read before the first
    /// event, and <see cref="FinishAtHeadReadFirst"/> checks the chain against it.
    /// </summary>
    public AuditVerification(AuditChainHead? headReadFirst) => _headReadFirst = headReadFirst;

    public long Checked { get; private set; }
    public string? Problem { get; private set; }
    public long? BrokenAtSequence { get; private set; }
    public bool IsIntact => Problem is null;

    /// <summary>Feeds the next event; returns false once a break has been found.</summary>
    public bool Next(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Problem is not null)
            return false;
        if (e.Sequence != _expectedSequence)
            return Fail(e.Sequence, $"event {_expectedSequence} is missing (found {e.Sequence} next)");
        if (!string.Equals(e.PreviousHash, _expectedPrevious, StringComparison.Ordinal))
            return Fail(e.Sequence, $"event {e.Sequence} does not link to the event before it");
        if (!string.Equals(e.ComputeHash(), e.Hash, StringComparison.Ordinal))
            return Fail(e.Sequence, $"event {e.Sequence} ({e.EntityType} {e.Action}) was altered after it was written");
        _expectedPrevious = e.Hash;
        _expectedSequence++;
        if (_headReadFirst is not null && e.Sequence == _headReadFirst.LastSequence)
            _hashAtHead = e.Hash;
        Checked++;
        return true;
    }

    /// <summary>The chain must end where the head says it does (events deleted from the end are detected here).</summary>
    public void Finish(AuditChainHead? head)
    {
        if (Problem is not null || head is null)
            return;
        if (head.LastSequence != _expectedSequence - 1 || !string.Equals(head.LastHash, _expectedPrevious, StringComparison.Ordinal))
            Fail(head.LastSequence, $"the chain ends at event {_expectedSequence - 1} but the head records event {head.LastSequence}");
    }

    /// <summary>
    /// The chain must pass through the head read before the walk, with the hash the head recorded (events deleted
    /// from the end are detected here). Events after it were appended while the walk ran (another node kept working);
    /// they were checked like every other, and a later check covers them against its own head.
    /// </summary>
    public void FinishAtHeadReadFirst()
    {
        if (Problem is not null || _headReadFirst is null || _headReadFirst.LastSequence == 0)
            return;
        if (!string.Equals(_hashAtHead, _headReadFirst.LastHash, StringComparison.Ordinal))
            Fail(_headReadFirst.LastSequence, $"the chain ends at event {_expectedSequence - 1} but the head records event {_headReadFirst.LastSequence}");
    }

    private bool Fail(long sequence, string problem)
    {
        BrokenAtSequence = sequence;
        Problem = problem;
        return false;
    }
}
