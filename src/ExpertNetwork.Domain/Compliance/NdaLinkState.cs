namespace ExpertNetwork.Domain.Compliance;

/// <summary>What the signing link of an NDA leads to.</summary>
public enum NdaLinkState
{
    /// <summary>Sent and within its deadline: the expert can sign.</summary>
    Signable,

    /// <summary>Already signed: the link shows that (and, for a while, the signed copy).</summary>
    Signed,

    /// <summary>The deadline passed, or the agreement expired.</summary>
    Expired,

    /// <summary>Revoked or declined.</summary>
    Withdrawn,
}
