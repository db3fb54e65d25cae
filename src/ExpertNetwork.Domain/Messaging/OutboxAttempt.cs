using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Messaging;

/// <summary>One try at handing a message to the mail server: when, by which node, and how it ended.</summary>
public sealed class OutboxAttempt : Entity
{
    private OutboxAttempt() => Node = string.Empty;

    public Guid OutboxMessageId { get; private set; }
    public int Number { get; private set; }
    public DateTime AttemptedUtc { get; private set; }
    public string Node { get; private set; }
    public OutboxAttemptOutcome Outcome { get; private set; }
    public string? Error { get; private set; }

    internal static OutboxAttempt Create(Guid messageId, int number, DateTime attemptedUtc, string node, OutboxAttemptOutcome outcome, string? error) => new()
    {
        OutboxMessageId = messageId,
        Number = number,
        AttemptedUtc = attemptedUtc,
        Node = node,
        Outcome = outcome,
        Error = error,
    };
}
