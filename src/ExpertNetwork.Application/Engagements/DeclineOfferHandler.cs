using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Engagements;

public enum DeclineOfferResult
{
    Declined,
    UnknownLink,

    /// <summary>The offer is no longer open (accepted, declined, expired, withdrawn or its request closed); nothing changed.</summary>
    NotOpen,
    ReasonTooLong,
}

/// <summary>The expert turns the offer down from the link, with an optional reason for the program manager.</summary>
public sealed class DeclineOfferHandler(IAppDbContext db, IClock clock)
{
    public async Task<DeclineOfferResult> HandleAsync(string? token, string? reason, CancellationToken cancellationToken)
    {
        var context = await OfferContext.ForTokenAsync(db, token, tracked: true, cancellationToken);
        if (context is null)
            return DeclineOfferResult.UnknownLink;
        var now = clock.UtcNow;
        var engagement = context.Engagement;
        if (context.StateAt(now) is not (OfferLinkState.Answerable or OfferLinkState.Filled))
        {
            if (engagement.ExpireIfDue(now))
                await SaveQuietlyAsync(cancellationToken);
            return DeclineOfferResult.NotOpen;
        }
        if (reason is { Length: > TextLimits.Reason })
            return DeclineOfferResult.ReasonTooLong;
        engagement.MarkOfferOpened(now);
        engagement.Decline(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered in another tab or withdrawn meanwhile; the page reloads and shows what is true now.
            return DeclineOfferResult.NotOpen;
        }
        return DeclineOfferResult.Declined;
    }

    private async Task SaveQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else recorded the expiry first.
        }
    }
}
