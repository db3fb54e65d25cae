using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Amounts_in_the_same_currency_add_and_subtract()
    {
        var total = new Money(100.50m, "EUR").Add(new Money(20.25m, "EUR")).Subtract(new Money(0.75m, "EUR"));

        total.ShouldBe(new Money(120.00m, "EUR"));
    }

    [Fact]
    public void Adding_amounts_in_different_currencies_is_refused()
    {
        var refusal = Should.Throw<Refusal>(() => new Money(100m, "EUR").Add(new Money(100m, "USD")));

        refusal.Message.ShouldBe("Cannot combine EUR with USD.");
    }

    [Fact]
    public void Subtracting_an_amount_in_another_currency_is_refused()
    {
        Should.Throw<Refusal>(() => new Money(100m, "PLN").Subtract(new Money(1m, "EUR")))
            .Message.ShouldContain("Cannot combine PLN with EUR");
    }

    [Fact]
    public void Comparing_amounts_in_different_currencies_is_refused()
    {
        Should.Throw<Refusal>(() => new Money(180m, "USD").CompareTo(new Money(150m, "EUR")))
            .Message.ShouldContain("Cannot combine");
    }

    [Theory]
    [InlineData("EUR", 7.5, 120.10, 900.75)]
    [InlineData("EUR", 1.25, 10.10, 12.63)]
    [InlineData("EUR", -1.25, 10.10, -12.63)]
    [InlineData("JPY", 1.5, 333, 500)]
    [InlineData("JPY", 0.5, 1001, 501)]
    [InlineData("KWD", 0.25, 1.001, 0.25)]
    [InlineData("KWD", 0.5, 1.001, 0.501)]
    public void Multiplying_rounds_half_away_from_zero_to_the_currency_minor_unit(string currency, double factor, double amount, double expected)
    {
        var product = new Money((decimal)amount, currency).Multiply((decimal)factor);

        product.Amount.ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("krw", 0)]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    public void Each_currency_has_its_own_number_of_minor_unit_digits(string currency, int digits)
    {
        Money.MinorUnitDigits(currency).ShouldBe(digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    public void A_currency_that_is_not_three_letters_is_refused(string currency)
    {
        Should.Throw<Refusal>(() => new Money(1m, currency))
            .Message.ShouldBe(Money.CurrencyRule);
    }

    [Fact]
    public void A_lower_case_currency_code_is_stored_in_capitals()
    {
        new Money(1m, "pln").Currency.ShouldBe("PLN");
    }

    [Fact]
    public void An_amount_with_more_than_four_decimal_places_is_refused()
    {
        Should.Throw<Refusal>(() => new Money(1.23456m, "EUR"))
            .Message.ShouldContain("at most 4 decimal places");
    }

    [Fact]
    public void Negating_flips_the_sign_and_keeps_the_currency()
    {
        var negated = new Money(12.5m, "EUR").Negate();

        negated.ShouldBe(new Money(-12.5m, "EUR"));
        negated.IsNegative.ShouldBeTrue();
    }

    [Theory]
    [InlineData(1234.5, "EUR", "1,234.50 EUR")]
    [InlineData(150000, "JPY", "150,000 JPY")]
    [InlineData(12.345, "KWD", "12.345 KWD")]
    public void An_amount_reads_with_the_digits_of_its_currency(double amount, string currency, string expected)
    {
        new Money((decimal)amount, currency).ToString().ShouldBe(expected);
    }
}
