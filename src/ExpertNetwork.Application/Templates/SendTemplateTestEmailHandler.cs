using ExpertNetwork.Application.Email;

namespace ExpertNetwork.Application.Templates;

public sealed record SendTemplateTestEmailCommand(string? Key, string? ToAddress);

/// <summary>
/// Sends an email template as it is in force now, filled with its sample data, through the outbox like any other mail,
/// so an admin sees a saved edit the way recipients will.
/// </summary>
public sealed class SendTemplateTestEmailHandler(IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer renderer, ITemplateLibrary library)
{
    /// <returns>The queued message's Message-ID.</returns>
    public async Task<string> HandleAsync(SendTemplateTestEmailCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (key, toAddress) = command;
        var template = library.Require(key);
        if (!template.IsEmail)
            throw Refusal.Invalid("Only an email template can be sent as a test message.");
        var to = Emails.Normalize(toAddress);
        var email = renderer.RenderEmail(template.Key, library.SampleModel(template.Key));
        var id = outbox.Enqueue(new EmailMessage(to, null, "[Test] " + email.Subject, email.Html, email.Text));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
