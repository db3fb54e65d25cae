using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Clients;

public sealed class ClientTests
{
    private static Client Create(string currency = "eur", decimal vatRate = 0.23m, bool reverseCharge = false, string? vatNumber = null, string country = "pl") =>
        Client.Create(" Helix Health ", "Helix Health Sp. z o.o.", "Billing@Helix.example", "ul. Prosta 1, Warszawa", country, currency, vatRate, reverseCharge, vatNumber, false, TestClock.Now);

    [Fact]
    public void A_new_client_is_stored_with_normalised_billing_details()
    {
        var client = Create();

        client.Name.ShouldBe("Helix Health");
        client.BillingEmail.ShouldBe("billing@helix.example");
        client.CountryCode.ShouldBe("PL");
        client.Currency.ShouldBe("EUR");
        client.VatRate.ShouldBe(0.23m);
        client.IsArchived.ShouldBeFalse();
    }

    [Theory]
    [InlineData(-0.01, "The VAT rate must be between 0 and 99.99 percent.")]
    [InlineData(1.0, "The VAT rate must be between 0 and 99.99 percent.")]
    [InlineData(0.12345, "The VAT rate may have at most two decimal places.")]
    public void A_vat_rate_outside_0_to_99_99_percent_or_finer_than_hundredths_is_refused(double vatRate, string message)
    {
        Should.Throw<Refusal>(() => Create(vatRate: (decimal)vatRate))
            .Message.ShouldBe(message);
    }

    [Fact]
    public void Reverse_charge_needs_the_clients_vat_number()
    {
        Should.Throw<Refusal>(() => Create(reverseCharge: true, vatNumber: " "))
            .Message.ShouldBe("Reverse charge needs the client's VAT number.");
    }

    [Fact]
    public void A_reverse_charge_client_keeps_its_vat_number()
    {
        var client = Create(reverseCharge: true, vatNumber: " DE811907980 ");

        client.ReverseCharge.ShouldBeTrue();
        client.VatNumber.ShouldBe("DE811907980");
    }

    [Fact]
    public void An_invalid_currency_is_refused()
    {
        Should.Throw<Refusal>(() => Create(currency: "EURO"))
            .Message.ShouldBe(Money.CurrencyRule);
    }

    [Fact]
    public void Restricted_companies_are_kept_once_per_company_however_they_are_written()
    {
        var client = new ClientBuilder().Build();

        client.SetRestrictedCompanies(["Pfizer Inc.", "PFIZER", " ", "Novartis AG"]);

        client.RestrictedCompanies.ShouldBe(["Pfizer Inc.", "Novartis AG"]);
    }

    [Fact]
    public void More_than_two_hundred_restricted_companies_are_refused()
    {
        var client = new ClientBuilder().Build();

        Should.Throw<Refusal>(() => client.SetRestrictedCompanies(Enumerable.Range(1, 201).Select(i => $"Company {i}")))
            .Message.ShouldBe("A client can restrict at most 200 companies.");
    }

    [Fact]
    public void An_archived_client_cannot_be_changed()
    {
        var client = new ClientBuilder().Archived().Build();

        Should.Throw<Refusal>(() => client.UpdateBilling("Helix", "Helix GmbH", "b@helix.example", "Berlin", "DE", "EUR", 0.19m, false, null, false))
            .Message.ShouldBe("An archived client cannot be changed.");
        Should.Throw<Refusal>(() => client.SetRestrictedCompanies(["Pfizer"]))
            .Message.ShouldBe("An archived client cannot be changed.");
        Should.Throw<Refusal>(client.Archive)
            .Message.ShouldBe("An archived client cannot be changed.");
    }

    [Fact]
    public void Updating_billing_changes_what_the_client_is_invoiced_with()
    {
        var client = new ClientBuilder().Build();

        client.UpdateBilling("Helix", "Helix Health BV", "finance@helix.example", "Amsterdam", "nl", "eur", 0m, true, "NL123456789B01", true);

        client.CountryCode.ShouldBe("NL");
        client.ReverseCharge.ShouldBeTrue();
        client.RequiresClientNda.ShouldBeTrue();
    }
}
