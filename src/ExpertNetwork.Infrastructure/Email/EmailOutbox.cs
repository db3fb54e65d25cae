using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Domain.Messaging;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>Adds outbox rows to the caller's unit of work; its SaveChangesAsync commits them with the state change.</summary>
public sealed class EmailOutbox(IAppDbContext db, IClock clock) : IEmailOutbox
{
    public string Enqueue(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var row = OutboxMessage.Create(
            message.ToAddress,
            message.ToName,
            message.Subject,
            message.HtmlBody,
            message.TextBody,
            clock.UtcNow,
            message.Attachments?.Select(a => (a.FileName, a.ContentType, a.Content)));
        db.OutboxMessages.Add(row);
        return row.MessageId;
    }
}
