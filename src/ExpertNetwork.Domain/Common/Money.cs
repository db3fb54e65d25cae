using System.Globalization;

namespace ExpertNetwork.Domain.Common;

/// <summary>An amount in one ISO 4217 currency. There is no arithmetic across currencies.</summary>
public sealed record Money
{
    /// <summary>Amounts are kept to 4 decimal places; persistence stores them as scaled integers.</summary>
    public const int MaxScale = 4;

    /// <summary>An ISO 4217 code, as forms check it (the constructor refuses with <see cref="CurrencyRule"/>).</summary>
    public const string CurrencyPattern = "^[A-Za-z]{3}$";
    public const string CurrencyRule = "The currency must be a three-letter ISO code such as USD or EUR.";

    public Money(decimal amount, string currency)
    {
        if (string.IsNullOrWhiteSpace(currency) || currency.Length != 3 || !currency.All(char.IsAsciiLetter))
            throw Refusal.Invalid(CurrencyRule);
        if (decimal.Round(amount, MaxScale) != amount)
            throw Refusal.Invalid($"An amount may have at most {MaxScale} decimal places.");
        Amount = amount;
        Currency = currency.ToUpperInvariant();
    }

    public decimal Amount { get; private init; }
    public string Currency { get; private init; }

    public static Money Zero(string currency) => new(0m, currency);

    public bool IsNegative => Amount < 0;

    public Money Add(Money other) => new(Amount + Same(other).Amount, Currency);

    public Money Subtract(Money other) => new(Amount - Same(other).Amount, Currency);

    public Money Negate() => new(-Amount, Currency);

    /// <summary>Multiplies and rounds half away from zero to the currency's minor unit (e.g. hours x rate).</summary>
    public Money Multiply(decimal factor) => new(RoundToMinorUnit(Amount * factor, Currency), Currency);

    public int CompareTo(Money other) => Amount.CompareTo(Same(other).Amount);

    public static int MinorUnitDigits(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" or "ISK" or "CLP" or "VND" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" => 3,
        _ => 2,
    };

    public static decimal RoundToMinorUnit(decimal amount, string currency) =>
        decimal.Round(amount, MinorUnitDigits(currency), MidpointRounding.AwayFromZero);

    private Money Same(Money other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(other.Currency, Currency, StringComparison.Ordinal))
            throw Refusal.Conflict($"Cannot combine {Currency} with {other.Currency}.");
        return other;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount.ToString("N" + MinorUnitDigits(Currency), CultureInfo.InvariantCulture)} {Currency}");
}
