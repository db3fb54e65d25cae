namespace ExpertNetwork.Domain.Compliance;

public enum NdaStatus
{
    Sent,
    Signed,
    Declined,
    Expired,
    Revoked,
}
