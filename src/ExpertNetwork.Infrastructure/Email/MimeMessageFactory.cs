using ExpertNetwork.Domain.Messaging;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>Builds the MIME message for an outbox row: multipart/alternative (text, HTML), attachments, the stored Message-ID.</summary>
public static class MimeMessageFactory
{
    public static MimeMessage Create(OutboxMessage message, MailboxAddress from)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(from);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId.Trim('<', '>'),
            Date = new DateTimeOffset(message.CreatedUtc, TimeSpan.Zero),
        };
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
