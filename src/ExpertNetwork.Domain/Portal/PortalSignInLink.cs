using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Portal;

/// <summary>
/// A link that signs an expert into the portal, good for one sign-in: requested by email address (short-lived), or
/// carried by a sprint or payout statement mail (lasting Portal:MailLinkHours).
/// Only the token's hash is stored. Opening the link changes nothing; exchanging it (a POST) marks it used, so a
/// forwarded or replayed link cannot sign anyone in a second time.
/// </summary>
public sealed class PortalSignInLink : AggregateRoot
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(30);

    /// <summary>The longest a link may work: links in sprint mails last days (the expert opens them when the sprint starts).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(14);

    private PortalSignInLink() { }

    public Guid ExpertId { get; private set; }
    public string TokenSha256 { get; private set; } = string.Empty;
    public DateTime CreatedUtc { get; private set; }
    public DateTime ExpiresUtc { get; private set; }
    public DateTime? UsedUtc { get; private set; }

    public static (PortalSignInLink Link, LinkToken Token) Issue(Guid expertId, TimeSpan lifetime, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
            throw Refusal.Conflict("A sign-in link lasts more than no time and at most 14 days.");
        var token = LinkToken.Create();
        var link = new PortalSignInLink
        {
            ExpertId = expertId,
            TokenSha256 = token.Sha256,
            CreatedUtc = nowUtc,
            ExpiresUtc = nowUtc + lifetime,
        };
        link.Record("Issued");
        return (link, token);
    }

    public PortalSignInLinkState StateAt(DateTime nowUtc) =>
        UsedUtc is not null ? PortalSignInLinkState.Used
        : nowUtc >= ExpiresUtc ? PortalSignInLinkState.Expired
        : PortalSignInLinkState.Usable;

    /// <summary>Spends the link on a sign-in; a used or expired link is refused.</summary>
    public void Use(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        switch (StateAt(nowUtc))
        {
            case PortalSignInLinkState.Used:
                throw Refusal.Conflict("This sign-in link has already been used.");
            case PortalSignInLinkState.Expired:
                throw Refusal.Conflict("This sign-in link has expired.");
        }
        UsedUtc = nowUtc;
        Record("Used");
    }
}
