using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>How an outbox message leaves the application: an SMTP server, or a folder of <c>.eml</c> files.</summary>
public interface IMailTransport
{
    /// <summary>Opens a session for one dispatch batch (one SMTP connection reused for its messages).</summary>
    Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken);
}

public interface IMailTransportSession : IAsyncDisposable
{
    /// <summary>Hands one message over; never throws for delivery failures, it classifies them.</summary>
    Task<MailDeliveryResult> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public enum MailDeliveryOutcome
{
    Sent,

    /// <summary>Worth retrying later: 4xx, server unreachable, connection lost before the data went out.</summary>
    TransientFailure,

    /// <summary>Retrying will not help: 5xx, invalid address.</summary>
    PermanentFailure,

    /// <summary>The connection was lost after the message data was sent but before the server's reply.</summary>
    Ambiguous,
}

public sealed record MailDeliveryResult(MailDeliveryOutcome Outcome, string? Error)
{
    public static readonly MailDeliveryResult Sent = new(MailDeliveryOutcome.Sent, null);

    public static MailDeliveryResult Transient(string error) => new(MailDeliveryOutcome.TransientFailure, error);

    public static MailDeliveryResult Permanent(string error) => new(MailDeliveryOutcome.PermanentFailure, error);

    public static MailDeliveryResult Ambiguous(string error) => new(MailDeliveryOutcome.Ambiguous, error);
}
