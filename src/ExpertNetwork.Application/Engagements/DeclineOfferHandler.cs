using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Engagements;

/// <summary>Which page the expert sees after pressing Decline.</summary>
public enum DeclineOfferResult
{
    Declined,
    UnknownLink,

    /// <summary>The offer is no longer open (accepted, declined, expired, withdrawn or its request closed); nothing changed.</summary>
    NotOpen,
}

/// <summary>The expert turns the offer down from the link, with an optional reason for the program manager.</summary>
public sealed record DeclineOfferCommand(string? Token, string? Reason);

/// <summary>Declines an open offer; a reason that is too long is an invalid <c>Reason</c>.</summary>
public sealed class DeclineOfferHandler(IAppDbContext db, IClock clock)
{
    public async Task<DeclineOfferResult> HandleAsync(DeclineOfferCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var context = await OfferContext.ForTokenAsync(db, command.Token, tracked: true, cancellationToken);
        if (context is null)
            return DeclineOfferResult.UnknownLink;
        var now = clock.UtcNow;
        var engagement = context.Engagement;
        if (engagement.LinkStateAt(now, context.Request) is not (OfferLinkState.Answerable or OfferLinkState.Filled))
        {
            if (engagement.ExpireIfDue(now))
                await SaveQuietlyAsync(cancellationToken);
            return DeclineOfferResult.NotOpen;
        }
        if (command.Reason is { Length: > TextLimits.Reason })
            throw Refusal.Invalid($"The reason can be at most {TextLimits.Reason} characters.", nameof(command.Reason));
        engagement.MarkOfferOpened(now);
        engagement.Decline(string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), now);
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
