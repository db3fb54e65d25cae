using System.Globalization;
using System.Net;

namespace ExpertNetwork.Application.Email;

public sealed record SendTestEmailCommand(string? ToAddress);

/// <summary>An admin checks outgoing mail end to end: the message goes through the outbox like any other.</summary>
public sealed class SendTestEmailHandler(IAppDbContext db, IEmailOutbox outbox, IClock clock, ICurrentActor actor, Staffing.StaffingOptions links)
{
    /// <returns>The queued message's Message-ID.</returns>
    public async Task<string> HandleAsync(SendTestEmailCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var toAddress = command.ToAddress;
        var to = Emails.Normalize(toAddress);
        var link = new Uri(links.LinkBaseUrl, "dashboard").ToString();
        var when = clock.UtcNow.ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var text = $"This is a test message from ExpertNetwork, sent by {actor.Name} on {when}.\n\n" +
                   $"If you can read it, outgoing mail works.\n\nOpen ExpertNetwork: {link}\n";
        var html = $"<p>This is a test message from ExpertNetwork, sent by {WebUtility.HtmlEncode(actor.Name)} on {when}.</p>" +
                   "<p>If you can read it, outgoing mail works.</p>" +
                   $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Open ExpertNetwork</a></p>";
        var id = outbox.Enqueue(new EmailMessage(to, null, "ExpertNetwork test message", html, text));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }
}
