using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Engagements;

/// <summary>The page behind an offer link was shown, or posted from.</summary>
public sealed record MarkOfferOpenedCommand(string? Token);

/// <summary>
/// Notes for the funnel that the expert looked at the offer: sent by the page's script once a browser shows it (a
/// POST, so mail scanners fetching the link do not count) and on every POST from the page. First time only.
/// </summary>
public sealed class MarkOfferOpenedHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(MarkOfferOpenedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!LinkToken.IsWellFormed(command.Token))
            return;
        var hash = LinkToken.HashOf(command.Token!);
        var engagement = await db.Engagements.SingleOrDefaultAsync(e => e.OfferLinkSha256 == hash, cancellationToken);
        if (engagement is null || !engagement.MarkOfferOpened(clock.UtcNow))
            return;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request changed the engagement first (another tab's beacon, or the answer itself): either way the
            // first view is already known or no longer matters.
        }
    }
}
