using System.Text;
using ExpertNetwork.Domain.Messaging;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>
/// Builds the MIME message for an outbox row: multipart/alternative (text, HTML), attachments, the stored Message-ID.
/// A calendar attachment (<c>text/calendar; method=...</c>) becomes what Outlook and Gmail look for to show an
/// invitation with its Accept/Decline buttons: an inline <c>text/calendar</c> part with the iTIP method and a UTF-8
/// charset inside the multipart/alternative, plus the same file as an <c>application/ics</c> attachment to save.
/// </summary>
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
        TextPart? invitation = null;
        foreach (var attachment in message.Attachments)
        {
            var type = ContentType.Parse(attachment.ContentType);
            if (invitation is null && type.IsMimeType("text", "calendar"))
            {
                invitation = CalendarPart(type, attachment.Content);
                body.Attachments.Add(attachment.FileName, attachment.Content, new ContentType("application", "ics") { Name = attachment.FileName });
                continue;
            }
            body.Attachments.Add(attachment.FileName, attachment.Content, type);
        }
        mime.Body = invitation is null ? body.ToMessageBody() : WithInvitation(body.ToMessageBody(), invitation);
        return mime;
    }

    private static TextPart CalendarPart(ContentType type, byte[] content)
    {
        var part = new TextPart("calendar");
        part.SetText(Encoding.UTF8, Encoding.UTF8.GetString(content));
        if (type.Parameters.TryGetValue("method", out string? method) && !string.IsNullOrWhiteSpace(method))
            part.ContentType.Parameters.Add("method", method.ToUpperInvariant());
        return part;
    }

    /// <summary>Puts the calendar part last in the message's multipart/alternative (creating one around a single body).</summary>
    private static MimeEntity WithInvitation(MimeEntity body, TextPart invitation)
    {
        if (body is MultipartAlternative alternative)
        {
            alternative.Add(invitation);
            return alternative;
        }
        if (body is Multipart mixed)
        {
            var index = -1;
            for (var i = 0; i < mixed.Count && index < 0; i++)
            {
                if (mixed[i] is MultipartAlternative or TextPart { IsAttachment: false })
                    index = i;
            }
            if (index >= 0 && mixed[index] is MultipartAlternative inner)
                inner.Add(invitation);
            else if (index >= 0)
                mixed[index] = new MultipartAlternative { mixed[index], invitation };
            else
                mixed.Insert(0, invitation);
            return mixed;
        }
        return new MultipartAlternative { body, invitation };
    }
}
