using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Engagements;

/// <summary>What an offer link leads to, by the token in it.</summary>
public sealed record GetOfferLinkQuery(string? Token);

/// <summary>
/// Reads what an offer link leads to, and renders the contract preview. Strictly read-only: mail scanners and link
/// previews fetch links before the expert does, so opening one never accepts, expires or marks anything.
/// </summary>
public sealed class OpenOfferLinkHandler(IAppDbContext db, IContractDocuments contracts, INdaDocuments ndaDocuments, IClock clock)
{
    /// <returns>The view, or null when the token is malformed, unknown or replaced by a newer link.</returns>
    public async Task<OfferLinkView?> HandleAsync(GetOfferLinkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = await OfferContext.ForTokenAsync(db, query.Token, tracked: false, cancellationToken);
        if (context is null)
            return null;
        var now = clock.UtcNow;
        var state = context.Engagement.LinkStateAt(now, context.Request);
        var engagement = context.Engagement;
        ContractDocument? contract = null;
        OfferNdaView? nda = null;
        if (state == OfferLinkState.Answerable)
        {
            contract = contracts.Render(context.ContractFacts);
            nda = await NdaViewAsync(context, now, cancellationToken);
        }
        return new OfferLinkView(state, engagement.Id, context.Expert.FullName, context.Expert.Email, context.Expert.TimeZoneId,
            context.Disclosure, engagement.Activity, engagement.Window, engagement.HoursPerWeek, engagement.HoursCap,
            OfferContext.Rates(engagement), engagement.OfferExpiresUtc, contract, nda, context.Project.RequiresConflictDeclaration,
            engagement.DecidedUtc, engagement.AcceptedByName, OffersContractCopyAt(engagement, now), engagement.EndReason ?? engagement.DeclineReason);
    }

    internal static bool OffersContractCopyAt(Engagement engagement, DateTime nowUtc) =>
        engagement.ContractPdfKey is not null && engagement.DecidedUtc is { } decided && nowUtc - decided <= OfferLinks.ContractCopyWindow;

    private async Task<OfferNdaView> NdaViewAsync(OfferContext context, DateTime now, CancellationToken cancellationToken)
    {
        var nda = await OfferNda.ForAsync(db, context.Expert.Id, context.Project, context.Engagement.Window.Start, now, tracked: false, cancellationToken);
        if (nda.State != OfferNdaState.ToSign)
            return new OfferNdaView(nda.State, nda.Template?.Name, nda.Template?.VersionNumber, null);
        var ndaContext = await NdaAgreementContext.ForAsync(db, nda.Agreement!, cancellationToken);
        return new OfferNdaView(nda.State, nda.Template!.Name, nda.Template.VersionNumber, ndaDocuments.Render(nda.Template.Body, ndaContext.Facts));
    }
}
