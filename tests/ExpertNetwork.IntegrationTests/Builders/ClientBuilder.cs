using ExpertNetwork.Domain.Clients;
using ExpertNetwork.IntegrationTests.Infrastructure;

namespace ExpertNetwork.IntegrationTests.Builders;

public sealed class ClientBuilder
{
    private string _name = "Northwind Bio AI";
    private decimal _vatRate = 0.2m;
    private string[] _restrictedCompanies = [];
    private bool _requiresClientNda;

    public ClientBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ClientBuilder WithVatRate(decimal vatRate)
    {
        _vatRate = vatRate;
        return this;
    }

    public ClientBuilder Restricting(params string[] companies)
    {
        _restrictedCompanies = companies;
        return this;
    }

    public ClientBuilder RequiringClientNda()
    {
        _requiresClientNda = true;
        return this;
    }

    public Client Build()
    {
        var client = Client.Create(_name, _name + " Ltd", "ap@northwind-bio.example", "1 Canada Square, London E14 5AB", "GB",
            "USD", _vatRate, false, "GB123456789", _requiresClientNda, TestClock.Start.AddDays(-60));
        if (_restrictedCompanies.Length > 0)
            client.SetRestrictedCompanies(_restrictedCompanies);
        return client;
    }
}
