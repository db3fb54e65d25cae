using System.Globalization;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Domain.Clients;

/// <summary>A customer of the network: who is billed, at what VAT, and which companies its experts may not work for.</summary>
public sealed class Client : AggregateRoot
{
    // The limits and sentences of the client's texts, shared by the form's annotations and the checks below,
    // so a too-long name is refused in the same words whether the form or the domain catches it; {1} is the limit.
    public const int MaxNameLength = TextLimits.Name;
    public const string NameMissing = "Enter the client's name.";
    public const string NameTooLong = "The name must be at most {1} characters.";
    public const string LegalNameMissing = "Enter the client's legal name.";
    public const string LegalNameTooLong = "The legal name must be at most {1} characters.";
    public const int MaxBillingAddressLength = TextLimits.Reason;
    public const string BillingAddressMissing = "Enter the billing address.";
    public const string BillingAddressTooLong = "The billing address must be at most {1} characters.";
    public const int MaxVatNumberLength = TextLimits.Code;
    public const string VatNumberTooLong = "The VAT number must be at most {1} characters.";

    public const int MaxRestrictedCompanies = 200;

    /// <summary>The sentence for too many restricted companies; {1} is the limit (the form's annotation uses it too).</summary>
    public const string TooManyRestrictedCompanies = "A client can restrict at most {1} companies.";

    /// <summary>The highest VAT rate, in percent; the form's annotation and <see cref="VatRateRule"/> use it too.</summary>
    public const double MaxVatRatePercent = 99.99;
    public const string VatRateRule = "The VAT rate must be between {1} and {2} percent.";

    private Client()
    {
        Name = LegalName = BillingEmail = BillingAddress = CountryCode = Currency = string.Empty;
        RestrictedCompanies = [];
    }

    public string Name { get; private set; }
    public string LegalName { get; private set; }
    public string BillingEmail { get; private set; }
    public string BillingAddress { get; private set; }
    public string CountryCode { get; private set; }
    public string? VatNumber { get; private set; }

    /// <summary>VAT as a fraction (0.23 for 23 %).</summary>
    public decimal VatRate { get; private set; }

    /// <summary>The client accounts for VAT itself (EU B2B cross-border); invoices carry no VAT and a reverse-charge note.</summary>
    public bool ReverseCharge { get; private set; }

    public string Currency { get; private set; }
    public bool RequiresClientNda { get; private set; }
    public List<string> RestrictedCompanies { get; private set; }
    public bool IsArchived { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    public static Client Create(
        string name, string legalName, string billingEmail, string billingAddress, string countryCode,
        string currency, decimal vatRate, bool reverseCharge, string? vatNumber, bool requiresClientNda, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var client = new Client { CreatedUtc = nowUtc };
        client.Apply(name, legalName, billingEmail, billingAddress, countryCode, currency, vatRate, reverseCharge, vatNumber, requiresClientNda);
        client.Record("Created");
        return client;
    }

    public void UpdateBilling(
        string name, string legalName, string billingEmail, string billingAddress, string countryCode,
        string currency, decimal vatRate, bool reverseCharge, string? vatNumber, bool requiresClientNda)
    {
        EnsureLive();
        Apply(name, legalName, billingEmail, billingAddress, countryCode, currency, vatRate, reverseCharge, vatNumber, requiresClientNda);
        Record("BillingUpdated");
    }

    public void SetRestrictedCompanies(IEnumerable<string> companies)
    {
        EnsureLive();
        var list = companies
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => Guard.Required(c, "Company name", TextLimits.Name))
            .DistinctBy(CompanyNames.Normalize)
            .ToList();
        if (list.Count > MaxRestrictedCompanies)
            throw Refusal.Invalid(string.Format(CultureInfo.InvariantCulture, TooManyRestrictedCompanies, null, MaxRestrictedCompanies), "RestrictedCompanies");
        RestrictedCompanies = list;
        Record("RestrictedCompaniesChanged");
    }

    public void Archive()
    {
        EnsureLive();
        IsArchived = true;
        Record("Archived");
    }

    private void Apply(
        string name, string legalName, string billingEmail, string billingAddress, string countryCode,
        string currency, decimal vatRate, bool reverseCharge, string? vatNumber, bool requiresClientNda)
    {
        Name = Guard.Required(name, MaxNameLength, NameMissing, NameTooLong);
        LegalName = Guard.Required(legalName, MaxNameLength, LegalNameMissing, LegalNameTooLong);
        BillingEmail = Emails.Normalize(billingEmail);
        BillingAddress = Guard.Required(billingAddress, MaxBillingAddressLength, BillingAddressMissing, BillingAddressTooLong);
        CountryCode = CountryCodes.Require(countryCode);
        Currency = Money.Zero(currency).Currency;
        // Entered in percent with up to two decimals, kept as a fraction (0.23 for 23 %).
        if (vatRate < 0m || vatRate * 100m > (decimal)MaxVatRatePercent)
            throw Refusal.Invalid(RuleText.Between(VatRateRule, 0, MaxVatRatePercent), "VatRatePercent");
        if (decimal.Round(vatRate, Money.MaxScale) != vatRate)
            throw Refusal.Invalid("The VAT rate may have at most two decimal places.", "VatRatePercent");
        if (reverseCharge && string.IsNullOrWhiteSpace(vatNumber))
            throw Refusal.Invalid("Reverse charge needs the client's VAT number.", "VatNumber");
        VatRate = vatRate;
        ReverseCharge = reverseCharge;
        VatNumber = Guard.Optional(vatNumber, MaxVatNumberLength, VatNumberTooLong);
        RequiresClientNda = requiresClientNda;
    }

    private void EnsureLive()
    {
        if (IsArchived)
            throw Refusal.Conflict("An archived client cannot be changed.");
    }
}
