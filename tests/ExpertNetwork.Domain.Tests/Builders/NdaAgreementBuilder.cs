using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Tests.Builders;

/// <summary>An NDA sent on 1 Feb 2026 with a two-week deadline; when signed, signed on 2 Feb 2026 for 12 months.</summary>
public sealed class NdaAgreementBuilder
{
    public static readonly DateTime SentUtc = TestClock.Utc(2026, 2, 1);
    public static readonly DateTime SignByUtc = TestClock.Utc(2026, 2, 15, 23, 59);
    public static readonly DateTime SignedUtc = TestClock.Utc(2026, 2, 2, 10);

    private Guid _expertId = Guid.NewGuid();
    private NdaTemplate? _template;
    private Guid? _clientId;
    private NdaStatus _status = NdaStatus.Signed;
    private DateTime _signedUtc = SignedUtc;

    public NdaAgreementBuilder ForExpert(Guid expertId)
    {
        _expertId = expertId;
        return this;
    }

    public NdaAgreementBuilder Master()
    {
        _template = new NdaTemplateBuilder().Master().Build();
        _clientId = null;
        return this;
    }

    public NdaAgreementBuilder ForClient(Guid clientId)
    {
        _template = new NdaTemplateBuilder().ForClient(clientId).Build();
        _clientId = clientId;
        return this;
    }

    public NdaAgreementBuilder From(NdaTemplate template, Guid? clientId = null)
    {
        _template = template;
        _clientId = clientId;
        return this;
    }

    public NdaAgreementBuilder Sent() => InStatus(NdaStatus.Sent);

    public NdaAgreementBuilder Signed() => InStatus(NdaStatus.Signed);

    public NdaAgreementBuilder SignedAt(DateTime signedUtc)
    {
        _signedUtc = signedUtc;
        return InStatus(NdaStatus.Signed);
    }

    public NdaAgreementBuilder InStatus(NdaStatus status)
    {
        _status = status;
        return this;
    }

    public NdaAgreement Build()
    {
        var template = _template ?? new NdaTemplateBuilder().Master().Build();
        var signBy = _signedUtc > SignByUtc ? _signedUtc.AddDays(1) : SignByUtc;
        var nda = NdaAgreement.Send(_expertId, template, _clientId, signBy, SentUtc);
        switch (_status)
        {
            case NdaStatus.Signed:
                Sign(nda, _signedUtc);
                break;
            case NdaStatus.Declined:
                nda.Decline("I do not work for pharmaceutical clients", SentUtc.AddDays(1));
                break;
            case NdaStatus.Expired:
                nda.ExpireIfDue(signBy.AddMinutes(1));
                break;
            case NdaStatus.Revoked:
                nda.Revoke("Sent to the wrong expert", SentUtc.AddHours(2));
                break;
        }
        nda.ClearPendingActions();
        return nda;
    }

    public static void Sign(NdaAgreement nda, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(nda);
        nda.Sign("Anna Kowalska", consent: true, "203.0.113.7", "Mozilla/5.0", TestHashes.SignedDocument, nowUtc);
    }
}
