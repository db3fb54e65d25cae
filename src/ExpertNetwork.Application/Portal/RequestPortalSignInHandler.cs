using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Portal;

namespace ExpertNetwork.Application.Portal;

/// <summary>The address someone asked a sign-in link for.</summary>
public sealed record RequestPortalSignInCommand(string? Email);

/// <summary>
/// "Email me a sign-in link": when the address belongs to an expert who may use the portal, a one-time link is stored
/// (its hash) and mailed in the same unit of work. The caller answers the same way whatever happened, so the page
/// tells nobody whether an address is known. A few links per address per hour at most: more requests send nothing.
/// </summary>
public sealed class RequestPortalSignInHandler(
    IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, PortalOptions options, StaffingOptions links, SprintOptions sprints)
{
    public const string Template = "emails/portal-sign-in";

    /// <returns>True when a link was sent (for tests and logs only; never shown to the person asking).</returns>
    public async Task<bool> HandleAsync(RequestPortalSignInCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var email = command.Email;
        string address;
        try
        {
            address = Emails.Normalize(email);
        }
        catch (Refusal rule) when (rule.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            return false;
        }
        var now = clock.UtcNow;
        var expert = await db.Experts.AsNoTracking()
            .Where(e => e.Email == address && e.ErasedUtc == null && e.Status != ExpertStatus.Archived)
            .Select(e => new { e.Id, e.FullName, e.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (expert is null)
            return false;
        var hourAgo = now.AddHours(-1);
        if (await db.PortalSignInLinks.CountAsync(l => l.ExpertId == expert.Id && l.CreatedUtc > hourAgo, cancellationToken) >= options.LinksPerHour)
            return false;

        var (link, token) = PortalSignInLink.Issue(expert.Id, options.SignInLinkLifetime, now);
        db.PortalSignInLinks.Add(link);
        var mail = templates.RenderEmail(Template, new
        {
            expert = new { name = expert.FullName },
            link = new { url = PortalLinks.For(links.LinkBaseUrl, token.Value), minutes = options.SignInLinkMinutes },
            sender = new { name = sprints.SenderName },
        });
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, mail.Subject, mail.Html, mail.Text));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
