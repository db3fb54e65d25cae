using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>A correctly linked audit chain of staff actions on one expert, one event a minute from 09:00 on 2 March 2026.</summary>
public sealed class AuditChainBuilder
{
    private int _count = 5;

    public AuditChainBuilder WithEvents(int count)
    {
        _count = count;
        return this;
    }

    public List<AuditEvent> Build()
    {
        var events = new List<AuditEvent>();
        var previousHash = AuditEvent.GenesisHash;
        for (var sequence = 1L; sequence <= _count; sequence++)
        {
            var e = AuditEvent.Chain(
                sequence, previousHash, TestClock.Now.AddMinutes(sequence), ActorKind.Staff, "staff-42", "Maria Nowak",
                $"Action{sequence}", "Expert", "0196a3f0-0000-7000-8000-000000000001", $"{{\"step\":{sequence - 1}}}", $"{{\"step\":{sequence}}}");
            events.Add(e);
            previousHash = e.Hash;
        }
        return events;
    }

    public static AuditChainHead HeadAfter(IEnumerable<AuditEvent> events)
    {
        var head = AuditChainHead.Genesis();
        foreach (var e in events)
            head.Advance(e);
        return head;
    }
}
