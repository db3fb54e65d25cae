namespace ExpertNetwork.Domain.Staffing;

/// <summary>Where an expert stands on the NDAs a staffing request needs.</summary>
public enum NdaReadiness
{
    /// <summary>Every NDA the request needs is signed and in force over the whole window.</summary>
    InForce,

    /// <summary>A master NDA was sent and can still be signed before the offer is accepted.</summary>
    MasterToSign,

    /// <summary>The master NDA is in order; the client's own NDA is signed while accepting the offer.</summary>
    ClientNdaToSign,

    /// <summary>Neither in force nor signable: the expert cannot be offered the work.</summary>
    Missing,
}
