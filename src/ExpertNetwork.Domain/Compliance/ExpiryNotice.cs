using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Compliance;

/// <summary>
/// Proof that an expert was told a credential or NDA is about to expire, and the guard that makes the compliance scan
/// send such a notice once per item, expiry date and threshold however often it runs. The expiry date is part of the
/// key, so a renewed credential (a new expiry date) is noticed again.
/// </summary>
public sealed class ExpiryNotice : AggregateRoot
{
    private ExpiryNotice() { MessageId = string.Empty; }

    public ExpiryNoticeSubject Subject { get; private set; }
    public Guid SubjectId { get; private set; }
    public Guid ExpertId { get; private set; }
    public DateOnly ExpiresOn { get; private set; }
    public int ThresholdDays { get; private set; }
    public DateTime SentUtc { get; private set; }
    public string MessageId { get; private set; }

    public static ExpiryNotice Sent(ExpiryNoticeSubject subject, Guid subjectId, Guid expertId, DateOnly expiresOn, int thresholdDays, string messageId, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (thresholdDays < 1)
            throw Refusal.Invalid("A reminder threshold is at least one day before expiry.");
        var today = DateOnly.FromDateTime(nowUtc);
        if (expiresOn <= today)
            throw Refusal.Invalid($"An expiry notice is sent before the expiry date ({expiresOn:yyyy-MM-dd}), not after it.");
        if (expiresOn.DayNumber - today.DayNumber > thresholdDays)
            throw Refusal.Invalid($"A {thresholdDays}-day notice cannot be sent {expiresOn.DayNumber - today.DayNumber} days before expiry.");
        var notice = new ExpiryNotice
        {
            Subject = subject,
            SubjectId = subjectId,
            ExpertId = expertId,
            ExpiresOn = expiresOn,
            ThresholdDays = thresholdDays,
            SentUtc = nowUtc,
            MessageId = Guard.Required(messageId, "Message-ID", Messaging.OutboxMessage.MaxMessageIdLength),
        };
        notice.Record("Sent");
        return notice;
    }

    /// <summary>
    /// The threshold a notice is due for when <paramref name="daysLeft"/> days remain: the smallest threshold that is
    /// at least the days left, or null when expiry is further away than every threshold (or already reached).
    /// </summary>
    public static int? DueThreshold(int daysLeft, IEnumerable<int> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (daysLeft < 1)
            return null;
        int? due = null;
        foreach (var t in thresholds)
            if (t >= daysLeft && (due is null || t < due))
                due = t;
        return due;
    }
}
