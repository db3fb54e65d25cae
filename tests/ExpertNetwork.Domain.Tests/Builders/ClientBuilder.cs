using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Domain.Tests.Builders;

public sealed class ClientBuilder
{
    private string _name = "Helix Health";
    private readonly string _countryCode = "DE";
    private string _currency = "EUR";
    private decimal _vatRate = 0.19m;
    private bool _reverseCharge;
    private string? _vatNumber;
    private bool _requiresClientNda;
    private bool _archived;

    public ClientBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ClientBuilder InCurrency(string currency)
    {
        _currency = currency;
        return this;
    }

    public ClientBuilder WithVatRate(decimal vatRate)
    {
        _vatRate = vatRate;
        return this;
    }

    public ClientBuilder WithReverseCharge(string vatNumber = "DE811907980")
    {
        _reverseCharge = true;
        _vatNumber = vatNumber;
        return this;
    }

    public ClientBuilder RequiringClientNda()
    {
        _requiresClientNda = true;
        return this;
    }

    public ClientBuilder Archived()
    {
        _archived = true;
        return this;
    }

    public Client Build()
    {
        var client = Client.Create(
            _name, _name + " GmbH", "billing@helix-health.example", "Unter den Linden 1, 10117 Berlin", _countryCode,
            _currency, _vatRate, _reverseCharge, _vatNumber, _requiresClientNda, TestClock.Utc(2026, 1, 2));
        if (_archived)
            client.Archive();
        client.ClearPendingActions();
        return client;
    }
}
