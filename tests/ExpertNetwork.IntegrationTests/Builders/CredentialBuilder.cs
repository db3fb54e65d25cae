using ExpertNetwork.Domain.Experts;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Builders;

/// <summary>A medical licence issued in 2015 and added (pending) at <see cref="TestClock.Start"/>.</summary>
public sealed class CredentialBuilder(Expert expert)
{
    private CredentialKind _kind = CredentialKind.MedicalLicense;
    private static readonly DateOnly IssuedOn = new(2015, 6, 1);
    private DateOnly? _expiresOn = new(2030, 6, 1);
    private DateTime? _verifiedUtc;

    public CredentialBuilder OfKind(CredentialKind kind)
    {
        _kind = kind;
        return this;
    }

    public CredentialBuilder Expiring(DateOnly? expiresOn)
    {
        _expiresOn = expiresOn;
        return this;
    }

    /// <summary>Verified by compliance at that instant (before the credential's expiry, as the domain requires).</summary>
    public CredentialBuilder VerifiedAt(DateTime utc)
    {
        _verifiedUtc = utc;
        return this;
    }

    public CredentialBuilder Verified() => VerifiedAt(TestClock.Start.AddDays(-400));

    public Credential Build()
    {
        var credential = Credential.Add(expert.Id, _kind, "Medical Council (DE)", "MED-" + Guid.NewGuid().ToString("N")[..8], expert.CountryCode,
            IssuedOn, _expiresOn, TestClock.Start.AddDays(-500));
        if (_verifiedUtc is { } verified)
            credential.Verify("compliance@expertnetwork.example", verified);
        return credential;
    }
}
