using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>
/// The transport when no SMTP host is configured: each message becomes <c>&lt;message-id&gt;.eml</c> in the pickup
/// directory, written under a temporary name and then renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupDirectoryMailTransport(string directory) : IMailTransport, IMailTransportSession
{
    public string Directory { get; } = directory;

    public Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken) => Task.FromResult<IMailTransportSession>(this);

    public static string FileNameFor(string messageId) =>
        string.Concat(messageId.Trim('<', '>').Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c)) + ".eml";

    public async Task<MailDeliveryResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var target = Path.Combine(Directory, FileNameFor(message.MessageId ?? throw new ArgumentException("The message has no Message-ID.", nameof(message))));
            var temporary = target + ".tmp";
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, target, overwrite: true);
            return MailDeliveryResult.Sent;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return MailDeliveryResult.Transient($"Could not write to the pickup directory {Directory}: {ex.Message}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
