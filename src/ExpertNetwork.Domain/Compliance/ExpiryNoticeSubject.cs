namespace ExpertNetwork.Domain.Compliance;

/// <summary>What an expiry notice is about.</summary>
public enum ExpiryNoticeSubject
{
    Credential,
    Nda,
}
