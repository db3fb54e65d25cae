namespace ExpertNetwork.Domain.Compliance;

public enum NdaScope
{
    /// <summary>Covers work for every client.</summary>
    Master,

    /// <summary>Covers work for one client only.</summary>
    Client,
}
