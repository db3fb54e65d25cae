namespace ExpertNetwork.Domain.Engagements;

/// <summary>How an engagement ended, for the rules and pages that depend on it (the end reason is words for people).</summary>
public enum EngagementEndKind
{
    /// <summary>The work was done.</summary>
    Completed,

    /// <summary>The expert turned the offer down.</summary>
    Declined,

    /// <summary>The offer's deadline passed without an answer.</summary>
    Expired,

    /// <summary>The program team withdrew the proposal or offer, or closed the request.</summary>
    Withdrawn,

    /// <summary>Withdrawn because every seat on the request was taken before the expert answered.</summary>
    Filled,

    /// <summary>Cancelled after acceptance.</summary>
    Cancelled,
}
