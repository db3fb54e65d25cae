namespace ExpertNetwork.Domain.Common;

/// <summary>A country as an ISO 3166-1 alpha-2 code: the one rule forms (<see cref="Pattern"/>) and aggregates check.</summary>
public static class CountryCodes
{
    public const string Pattern = "^[A-Za-z]{2}$";
    public const string Rule = "The country must be a two-letter ISO code such as DE or US.";

    /// <summary>The code in capitals; refuses anything that is not two letters (too long included) with <see cref="Rule"/>.</summary>
    internal static string Require(string? code)
    {
        var country = Guard.Required(code, "Country", int.MaxValue).ToUpperInvariant();
        if (country.Length != TextLimits.CountryCode || !country.All(char.IsAsciiLetterUpper))
            throw Refusal.Invalid(Rule, "CountryCode");
        return country;
    }
}
