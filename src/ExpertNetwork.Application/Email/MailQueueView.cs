using ExpertNetwork.Domain.Messaging;

namespace ExpertNetwork.Application.Email;

public sealed record MailQueueItem(
    Guid Id, string ToAddress, string Subject, OutboxStatus Status, int AttemptCount, string? LastError,
    DateTime CreatedUtc, DateTime? LastAttemptUtc, DateTime NextAttemptUtc, DateTime? SentUtc, string MessageId);

public sealed record MailQueueView(IReadOnlyDictionary<OutboxStatus, int> Counts, Common.PagedResult<MailQueueItem> Messages, OutboxStatus? Filter)
{
    /// <summary>Messages still to go out: pending or being sent.</summary>
    public int Depth => Counts.GetValueOrDefault(OutboxStatus.Pending) + Counts.GetValueOrDefault(OutboxStatus.Sending);
}
