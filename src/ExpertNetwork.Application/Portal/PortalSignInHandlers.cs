using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Portal;

namespace ExpertNetwork.Application.Portal;

/// <summary>What opening or using a sign-in link found.</summary>
public enum PortalLinkOutcome
{
    Usable,
    SignedIn,
    Unknown,
    Used,
    Expired,
}

/// <summary>The result of exchanging a link: on success, who signed in.</summary>
public sealed record PortalSignIn(PortalLinkOutcome Outcome, Guid? ExpertId = null, string? Name = null);

/// <summary>What a sign-in link would do, by the token in it.</summary>
public sealed record OpenPortalLinkQuery(string? Token);

/// <summary>Looks at a sign-in link without changing anything: a GET (and a mail scanner) only sees what it would do.</summary>
public sealed class OpenPortalLinkHandler(IAppDbContext db, IClock clock)
{
    public async Task<PortalLinkOutcome> HandleAsync(OpenPortalLinkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!LinkToken.IsWellFormed(query.Token))
            return PortalLinkOutcome.Unknown;
        var hash = LinkToken.HashOf(query.Token!);
        var link = await db.PortalSignInLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenSha256 == hash, cancellationToken);
        return link is null ? PortalLinkOutcome.Unknown : Outcome(link.StateAt(clock.UtcNow));
    }

    internal static PortalLinkOutcome Outcome(PortalSignInLinkState state) => state switch
    {
        PortalSignInLinkState.Used => PortalLinkOutcome.Used,
        PortalSignInLinkState.Expired => PortalLinkOutcome.Expired,
        _ => PortalLinkOutcome.Usable,
    };
}

/// <summary>The sign-in link the expert pressed Continue on.</summary>
public sealed record UsePortalLinkCommand(string? Token);

/// <summary>
/// Spends a sign-in link (the POST behind "Continue"): marks it used under its version token, so two presses or two
/// tabs sign in once, and returns the expert to put in the session cookie.
/// </summary>
public sealed class UsePortalLinkHandler(IAppDbContext db, IClock clock)
{
    public async Task<PortalSignIn> HandleAsync(UsePortalLinkCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!LinkToken.IsWellFormed(command.Token))
            return new(PortalLinkOutcome.Unknown);
        var hash = LinkToken.HashOf(command.Token!);
        var link = await db.PortalSignInLinks.SingleOrDefaultAsync(l => l.TokenSha256 == hash, cancellationToken);
        if (link is null)
            return new(PortalLinkOutcome.Unknown);
        var now = clock.UtcNow;
        var state = link.StateAt(now);
        if (state != PortalSignInLinkState.Usable)
            return new(OpenPortalLinkHandler.Outcome(state));
        var expert = await db.Experts.AsNoTracking()
            .Where(e => e.Id == link.ExpertId && e.ErasedUtc == null && e.Status != ExpertStatus.Archived)
            .Select(e => new { e.Id, e.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (expert is null)
            return new(PortalLinkOutcome.Unknown);
        link.Use(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(PortalLinkOutcome.Used);
        }
        return new(PortalLinkOutcome.SignedIn, expert.Id, expert.FullName);
    }
}
/// <summary>The expert a portal session cookie names.</summary>
public sealed record CheckPortalExpertQuery(Guid ExpertId);

/// <summary>Whether a signed-in expert may still use the portal (not erased or archived since the cookie was issued).</summary>
public sealed class CheckPortalExpertHandler(IAppDbContext db)
{
    public Task<bool> HandleAsync(CheckPortalExpertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var expertId = query.ExpertId;
        return db.Experts.AnyAsync(e => e.Id == expertId && e.ErasedUtc == null && e.Status != ExpertStatus.Archived, cancellationToken);
    }
}
