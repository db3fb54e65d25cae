using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Messaging;

/// <summary>
/// An email waiting to be sent, written in the same transaction as the state change that caused it, so a rolled-back
/// use case sends nothing. A sender node claims it (Pending -> Sending) for a limited time, then records the outcome:
/// Sent; back to Pending after a transient failure, with exponential backoff; DeadLettered after a permanent failure
/// or too many attempts; or Ambiguous when the connection was lost after the data went out (it may have arrived, so it
/// is shown and never resent automatically). The Message-ID is fixed at creation, so a resend is recognisable.
/// </summary>
public sealed class OutboxMessage : AggregateRoot
{
    public const int MaxAttempts = 8;
    public const int MaxSubjectLength = 998;
    public const int MaxMessageIdLength = 100;
    public const int MaxBodyLength = 1_000_000;
    public const string MessageIdDomain = "expertnetwork";

    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    private readonly List<OutboxAttachment> _attachments = [];
    private readonly List<OutboxAttempt> _attempts = [];

    private OutboxMessage()
    {
        ToAddress = Subject = HtmlBody = TextBody = MessageId = string.Empty;
    }

    public string ToAddress { get; private set; }
    public string? ToName { get; private set; }
    public string Subject { get; private set; }
    public string HtmlBody { get; private set; }
    public string TextBody { get; private set; }

    /// <summary>The RFC 5322 Message-ID, angle brackets included: <c>&lt;guid@expertnetwork&gt;</c>.</summary>
    public string MessageId { get; private set; }

    public OutboxStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    /// <summary>When a pending message is next due; kept after sending for the record.</summary>
    public DateTime NextAttemptUtc { get; private set; }

    public int AttemptCount { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? LastAttemptUtc { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTime? ClaimExpiresUtc { get; private set; }
    public DateTime? SentUtc { get; private set; }

    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    /// <summary>The attempt log; loaded only when asked for (the dispatcher appends to it without loading it).</summary>
    public IReadOnlyList<OutboxAttempt> Attempts => _attempts;

    public static OutboxMessage Create(
        string toAddress,
        string? toName,
        string subject,
        string htmlBody,
        string textBody,
        DateTime nowUtc,
        IEnumerable<(string FileName, string ContentType, byte[] Content)>? attachments = null)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var message = new OutboxMessage
        {
            ToAddress = Emails.Normalize(toAddress),
            ToName = Guard.Optional(toName, "Recipient name", TextLimits.Name),
            Subject = Guard.Required(subject, "Subject", MaxSubjectLength),
            HtmlBody = Body(htmlBody, "HTML body"),
            TextBody = Body(textBody, "Text body"),
            Status = OutboxStatus.Pending,
            CreatedUtc = nowUtc,
            NextAttemptUtc = nowUtc,
        };
        message.MessageId = $"<{message.Id:N}@{MessageIdDomain}>";
        foreach (var (fileName, contentType, content) in attachments ?? [])
            message._attachments.Add(OutboxAttachment.Create(message.Id, fileName, contentType, content));
        message.Record("Queued");
        return message;
    }

    /// <summary>The wait before the next try after <paramref name="failedAttempts"/> failures: 1 min, 2, 4, ... capped at 1 h.</summary>
    public static TimeSpan RetryDelay(int failedAttempts)
    {
        if (failedAttempts < 1)
            return TimeSpan.Zero;
        var exponent = Math.Min(failedAttempts - 1, 10);
        var delay = TimeSpan.FromTicks(FirstRetryDelay.Ticks << exponent);
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }

    /// <summary>Whether a sender may claim it now: due and pending, or left in Sending by a sender whose claim has expired.</summary>
    public bool IsClaimable(DateTime nowUtc) =>
        (Status == OutboxStatus.Pending && NextAttemptUtc <= nowUtc)
        || (Status == OutboxStatus.Sending && ClaimExpiresUtc <= nowUtc);

    public void Claim(string node, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var claimant = Guard.Required(node, "Node", TextLimits.Short);
        if (!IsClaimable(nowUtc))
            throw Refusal.Conflict($"Message {MessageId} cannot be claimed: it is {Status}{(Status == OutboxStatus.Pending ? $" until {NextAttemptUtc:O}" : string.Empty)}.");
        Status = OutboxStatus.Sending;
        ClaimedBy = claimant;
        ClaimExpiresUtc = nowUtc + ClaimDuration;
    }

    /// <summary>
    /// Records the delivery and removes every one-time link from the stored copy (<see cref="LinkToken.Redact"/>): the
    /// recipient's mail is then the only place its links work, and a copy of the database holds none. What the delivery
    /// log needs (recipient, subject, Message-ID, attempts) stays. Attachments loaded with the message are redacted
    /// too where they are text (calendar files).
    /// </summary>
    public void MarkSent(string node, DateTime nowUtc)
    {
        var number = BeginOutcome(node, nowUtc);
        Status = OutboxStatus.Sent;
        SentUtc = nowUtc;
        LastError = null;
        HtmlBody = LinkToken.Redact(HtmlBody);
        TextBody = LinkToken.Redact(TextBody);
        foreach (var attachment in _attachments)
            attachment.RedactLinks();
        _attempts.Add(OutboxAttempt.Create(Id, number, nowUtc, node, OutboxAttemptOutcome.Sent, null));
        Record("Sent");
    }

    /// <summary>A failure worth retrying (4xx, server unreachable): back to Pending after the backoff, or dead-lettered after <see cref="MaxAttempts"/>.</summary>
    public void MarkTransientFailure(string node, string error, DateTime nowUtc)
    {
        var number = BeginOutcome(node, nowUtc);
        LastError = ErrorText(error);
        _attempts.Add(OutboxAttempt.Create(Id, number, nowUtc, node, OutboxAttemptOutcome.TransientFailure, LastError));
        if (AttemptCount >= MaxAttempts)
        {
            Status = OutboxStatus.DeadLettered;
            Record("DeadLettered");
            return;
        }
        Status = OutboxStatus.Pending;
        NextAttemptUtc = nowUtc + RetryDelay(AttemptCount);
        Record("Deferred");
    }

    /// <summary>A failure that retrying will not fix (5xx, invalid address): dead-lettered at once.</summary>
    public void MarkPermanentFailure(string node, string error, DateTime nowUtc)
    {
        var number = BeginOutcome(node, nowUtc);
        LastError = ErrorText(error);
        _attempts.Add(OutboxAttempt.Create(Id, number, nowUtc, node, OutboxAttemptOutcome.PermanentFailure, LastError));
        Status = OutboxStatus.DeadLettered;
        Record("DeadLettered");
    }

    /// <summary>The connection was lost after the data was sent: the message may have been delivered, so it is not retried.</summary>
    public void MarkAmbiguous(string node, string error, DateTime nowUtc)
    {
        var number = BeginOutcome(node, nowUtc);
        LastError = ErrorText(error);
        _attempts.Add(OutboxAttempt.Create(Id, number, nowUtc, node, OutboxAttemptOutcome.Ambiguous, LastError));
        Status = OutboxStatus.Ambiguous;
        Record("Ambiguous");
    }

    /// <summary>An admin's resend of a dead-lettered or ambiguous message, once the cause is fixed; it gets a full set of attempts.</summary>
    public void Requeue(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status is not (OutboxStatus.DeadLettered or OutboxStatus.Ambiguous))
            throw Refusal.Conflict($"Only a dead-lettered or ambiguous message can be requeued; message {MessageId} is {Status}.");
        Status = OutboxStatus.Pending;
        NextAttemptUtc = nowUtc;
        AttemptCount = 0;
        Record("Requeued");
    }

    private int BeginOutcome(string node, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != OutboxStatus.Sending)
            throw Refusal.Conflict($"Message {MessageId} is {Status}, not being sent; an outcome cannot be recorded.");
        if (!string.Equals(ClaimedBy, node, StringComparison.Ordinal))
            throw Refusal.Conflict($"Message {MessageId} is claimed by {ClaimedBy}, not by {node}.");
        ClaimedBy = null;
        ClaimExpiresUtc = null;
        LastAttemptUtc = nowUtc;
        return ++AttemptCount;
    }

    private static string ErrorText(string? error)
    {
        var text = string.IsNullOrWhiteSpace(error) ? "Unknown error." : error.Trim();
        return text.Length <= TextLimits.Note ? text : text[..TextLimits.Note];
    }

    private static string Body(string? body, string what)
    {
        ArgumentNullException.ThrowIfNull(body, what);
        if (body.Length > MaxBodyLength)
            throw Refusal.Conflict($"{what} must be at most {MaxBodyLength} characters.");
        return body;
    }
}
