using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Domain.Tests.Builders;

public sealed class CredentialBuilder
{
    private Guid _expertId = Guid.NewGuid();
    private CredentialKind _kind = CredentialKind.MedicalLicense;
    private DateOnly _issuedOn = new(2020, 6, 1);
    private DateOnly? _expiresOn = new(2028, 6, 1);
    private VerificationStatus _status = VerificationStatus.Verified;

    public CredentialBuilder ForExpert(Expert expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        _expertId = expert.Id;
        return this;
    }

    public CredentialBuilder OfKind(CredentialKind kind)
    {
        _kind = kind;
        return this;
    }

    public CredentialBuilder IssuedOn(DateOnly issuedOn)
    {
        _issuedOn = issuedOn;
        return this;
    }

    public CredentialBuilder ExpiringOn(DateOnly expiresOn)
    {
        _expiresOn = expiresOn;
        return this;
    }

    public CredentialBuilder NeverExpiring()
    {
        _expiresOn = null;
        return this;
    }

    public CredentialBuilder Pending() => InStatus(VerificationStatus.Pending);

    public CredentialBuilder Verified() => InStatus(VerificationStatus.Verified);

    public CredentialBuilder Rejected() => InStatus(VerificationStatus.Rejected);

    /// <summary>Verified while in date, then stamped expired by the compliance scan on its expiry date.</summary>
    public CredentialBuilder Expired() => InStatus(VerificationStatus.Expired);

    public CredentialBuilder InStatus(VerificationStatus status)
    {
        _status = status;
        return this;
    }

    public Credential Build()
    {
        // Added and reviewed on the day it was issued, so even a credential that has since expired was in date then.
        var addedUtc = _issuedOn.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var credential = Credential.Add(_expertId, _kind, "Naczelna Izba Lekarska", "PWZ-4471023", "PL", _issuedOn, _expiresOn, addedUtc);
        switch (_status)
        {
            case VerificationStatus.Verified:
                credential.Verify("compliance@expertnetwork.test", addedUtc);
                break;
            case VerificationStatus.Rejected:
                credential.Reject("compliance@expertnetwork.test", "The number does not match the register", addedUtc);
                break;
            case VerificationStatus.Expired:
                credential.Verify("compliance@expertnetwork.test", addedUtc);
                credential.MarkExpired(_expiresOn ?? throw new InvalidOperationException("Only a credential with an expiry date can expire."));
                break;
        }
        credential.ClearPendingActions();
        return credential;
    }
}
