using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Sprints;

/// <summary>
/// Proof that an expert was sent a sprint mail, and the guard that makes the sprint sweep send each one once, however
/// often and on however many nodes it runs: the key (sprint, engagement, kind, sequence) is unique, and the notice is
/// written in the same transaction as the outbox row. For calendar mails <see cref="Sequence"/> is the iCalendar
/// SEQUENCE of the expert's event, which only grows; <see cref="SprintSequence"/> is the sprint's own sequence the mail
/// reflected, so a later change of time is seen as not yet sent.
/// </summary>
public sealed class SprintNotice : AggregateRoot
{
    private SprintNotice() { MessageId = string.Empty; }

    public Guid SprintId { get; private set; }
    public Guid EngagementId { get; private set; }
    public Guid ExpertId { get; private set; }
    public SprintNoticeKind Kind { get; private set; }
    public int Sequence { get; private set; }
    public int SprintSequence { get; private set; }
    public DateTime SentUtc { get; private set; }
    public string MessageId { get; private set; }

    public bool IsCalendar => Kind is SprintNoticeKind.Invite or SprintNoticeKind.Cancel;

    public static SprintNotice Sent(AnnotationSprint sprint, SprintParticipantRef participant, SprintNoticeKind kind, int sequence, string messageId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(sprint);
        ArgumentNullException.ThrowIfNull(participant);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (sequence < 0)
            throw Refusal.Conflict("A calendar sequence cannot be negative.");
        if (kind is SprintNoticeKind.Invite or SprintNoticeKind.Cancel && sequence < sprint.Sequence)
            throw Refusal.Conflict($"A calendar mail for this sprint needs a sequence of at least {sprint.Sequence}.");
        var notice = new SprintNotice
        {
            SprintId = sprint.Id,
            EngagementId = participant.EngagementId,
            ExpertId = participant.ExpertId,
            Kind = kind,
            Sequence = sequence,
            SprintSequence = sprint.Sequence,
            SentUtc = nowUtc,
            MessageId = Guard.Required(messageId, "Message-ID", Messaging.OutboxMessage.MaxMessageIdLength),
        };
        notice.Record("Sent");
        return notice;
    }
}
