namespace ExpertNetwork.Application.Email;

/// <summary>A mail a use case wants sent: one recipient, an HTML and a plain-text rendering of the same content, and optional files.</summary>
public sealed record EmailMessage(
    string ToAddress,
    string? ToName,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
