namespace ExpertNetwork.Domain.Experts;

public enum VerificationStatus
{
    Pending,
    Verified,
    Rejected,
    Expired,
}
