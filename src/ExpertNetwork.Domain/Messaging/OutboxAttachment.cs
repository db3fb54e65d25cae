using System.Text;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Messaging;

/// <summary>A file sent with an outbox message; stored in its own table under the message.</summary>
public sealed class OutboxAttachment : Entity
{
    public const int MaxFileNameLength = 255;
    public const int MaxContentTypeLength = 127;

    private OutboxAttachment()
    {
        FileName = ContentType = string.Empty;
        Content = [];
    }

    public Guid OutboxMessageId { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public byte[] Content { get; private set; }

    /// <summary>Removes one-time links from a text attachment (a calendar file, a text file); binary files are left as they are.</summary>
    internal void RedactLinks()
    {
        if (!ContentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            return;
        var text = Encoding.UTF8.GetString(Content);
        var redacted = LinkToken.Redact(text);
        if (!ReferenceEquals(text, redacted))
            Content = Encoding.UTF8.GetBytes(redacted);
    }

    internal static OutboxAttachment Create(Guid messageId, string fileName, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new OutboxAttachment
        {
            OutboxMessageId = messageId,
            FileName = Guard.Required(fileName, "Attachment name", MaxFileNameLength),
            ContentType = Guard.Required(contentType, "Attachment content type", MaxContentTypeLength),
            Content = content,
        };
    }
}
