namespace ExpertNetwork.Domain.Engagements;

/// <summary>What an offer link leads to (see <see cref="Engagement.LinkStateAt"/>).</summary>
public enum OfferLinkState
{
    /// <summary>Offered, within its deadline, with a seat open: the expert can accept or decline.</summary>
    Answerable,
    Accepted,
    Declined,
    Expired,

    /// <summary>Withdrawn by the program manager (or as filled, or cancelled after acceptance).</summary>
    Withdrawn,
    RequestClosed,

    /// <summary>Still offered, but every seat on the request is taken.</summary>
    Filled,
}
