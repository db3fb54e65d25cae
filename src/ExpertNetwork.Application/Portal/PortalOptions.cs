namespace ExpertNetwork.Application.Portal;

/// <summary>The <c>Portal</c> configuration section: how long a sign-in link and an expert's session last.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Minutes a sign-in link works (once) after it is sent.</summary>
    public int SignInLinkMinutes { get; set; } = 30;

    /// <summary>Hours an expert stays signed in without using the portal; each visit extends it (sliding).</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>Links sent to one address per hour; more requests are answered the same way but send nothing.</summary>
    public int LinksPerHour { get; set; } = 5;

    /// <summary>Hours the sign-in link in a sprint mail (invitation, reminders) or a payout statement mail works, once.</summary>
    public int MailLinkHours { get; set; } = 72;

    public TimeSpan SignInLinkLifetime => TimeSpan.FromMinutes(SignInLinkMinutes);

    public TimeSpan MailLinkLifetime => TimeSpan.FromHours(MailLinkHours);

    public string? Problem()
    {
        if (SignInLinkMinutes is < 5 or > 1440)
            return "Portal:SignInLinkMinutes must be whole minutes between 5 and 1440.";
        if (SessionHours is < 1 or > 168)
            return "Portal:SessionHours must be whole hours between 1 and 168.";
        if (MailLinkHours is < 1 or > 336)
            return "Portal:MailLinkHours must be whole hours between 1 and 336 (14 days).";
        if (LinksPerHour is < 1 or > 100)
            return "Portal:LinksPerHour must be between 1 and 100.";
        return null;
    }
}
