namespace ExpertNetwork.Domain.Clients;

/// <summary>How much of a project an expert sees before accepting.</summary>
public enum ConfidentialityLevel
{
    /// <summary>Client name and full description.</summary>
    Open,

    /// <summary>Description without the client's name.</summary>
    Confidential,

    /// <summary>Only the expert brief; details after acceptance under NDA.</summary>
    Restricted,
}
