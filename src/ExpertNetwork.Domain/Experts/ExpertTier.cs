namespace ExpertNetwork.Domain.Experts;

/// <summary>Seniority band used by client price lists; derived from years of practice, never stored.</summary>
public enum ExpertTier
{
    Standard,
    Senior,
    Principal,
}
