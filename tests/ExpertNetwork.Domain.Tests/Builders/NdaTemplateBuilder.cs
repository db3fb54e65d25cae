using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Tests.Builders;

public sealed class NdaTemplateBuilder
{
    private string _name = "Expert network master NDA";
    private NdaScope _scope = NdaScope.Master;
    private Guid? _clientId;
    private readonly string _body = "The expert keeps everything learned on engagements confidential.";
    private int _validityMonths = 12;
    private bool _retired;

    public NdaTemplateBuilder Master()
    {
        _scope = NdaScope.Master;
        _clientId = null;
        return this;
    }

    public NdaTemplateBuilder ForClient(Guid clientId)
    {
        _name = "Client NDA";
        _scope = NdaScope.Client;
        _clientId = clientId;
        return this;
    }

    public NdaTemplateBuilder ValidFor(int months)
    {
        _validityMonths = months;
        return this;
    }

    public NdaTemplateBuilder Retired()
    {
        _retired = true;
        return this;
    }

    public NdaTemplate Build()
    {
        var template = NdaTemplate.Publish(_name, _scope, _clientId, _body, _validityMonths, TestClock.Utc(2026, 1, 5));
        if (_retired)
            template.Retire(TestClock.Utc(2026, 1, 20));
        template.ClearPendingActions();
        return template;
    }
}
