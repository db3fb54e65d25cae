namespace ExpertNetwork.Domain.Messaging;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent at or after <see cref="OutboxMessage.NextAttemptUtc"/>.</summary>
    Pending,

    /// <summary>Claimed by one sender node until its claim expires.</summary>
    Sending,

    Sent,

    /// <summary>Failed permanently (rejected address, 5xx, or too many attempts); waits for an admin to requeue it.</summary>
    DeadLettered,

    /// <summary>The connection was lost after the message data went out but before the server answered: it may have been delivered.</summary>
    Ambiguous,
}
