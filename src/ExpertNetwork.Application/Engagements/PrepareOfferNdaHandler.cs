using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Engagements;

/// <summary>The expert asks to see the NDA to sign with the offer behind the link.</summary>
public sealed record PrepareOfferNdaCommand(string? Token);

/// <summary>
/// For an offer whose NDA was in force when it was sent but no longer is (or was revoked): prepares the current
/// version for the expert to sign on the offer page. A POST from the page, never a GET.
/// </summary>
public sealed class PrepareOfferNdaHandler(IAppDbContext db, IClock clock)
{
    /// <returns>False when the link cannot be answered; true when the page can show an NDA to sign (or none is needed).</returns>
    public async Task<bool> HandleAsync(PrepareOfferNdaCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var context = await OfferContext.ForTokenAsync(db, command.Token, tracked: false, cancellationToken);
        var now = clock.UtcNow;
        if (context is null || context.Engagement.LinkStateAt(now, context.Request) != OfferLinkState.Answerable)
            return false;
        var nda = await OfferNda.ForAsync(db, context.Expert.Id, context.Project, context.Engagement.Window.Start, now, tracked: false, cancellationToken);
        if (nda.State != OfferNdaState.ToPrepare)
            return true;
        db.NdaAgreements.Add(NdaAgreement.Send(context.Expert.Id, nda.Template!, context.Project.ClientId, context.Engagement.OfferExpiresUtc!.Value, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
