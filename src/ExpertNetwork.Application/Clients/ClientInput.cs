using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

/// <summary>
/// What staff enter to create or edit a client, shared by the form and POST /api/v1/clients. Annotations check the
/// shape; the domain checks the rest (ISO codes, VAT rules).
/// </summary>
public sealed class ClientInput
{
    [Required(ErrorMessage = Client.NameMissing)]
    [StringLength(Client.MaxNameLength, ErrorMessage = Client.NameTooLong)]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = Client.LegalNameMissing)]
    [StringLength(Client.MaxNameLength, ErrorMessage = Client.LegalNameTooLong)]
    public string LegalName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the billing email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid billing email address.")]
    [StringLength(TextLimits.Email, ErrorMessage = "The billing email address must be at most {1} characters.")]
    public string BillingEmail { get; set; } = string.Empty;

    [Required(ErrorMessage = Client.BillingAddressMissing)]
    [StringLength(Client.MaxBillingAddressLength, ErrorMessage = Client.BillingAddressTooLong)]
    public string BillingAddress { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the country.")]
    [RegularExpression(CountryCodes.Pattern, ErrorMessage = CountryCodes.Rule)]
    public string CountryCode { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the billing currency.")]
    [RegularExpression(Money.CurrencyPattern, ErrorMessage = Money.CurrencyRule)]
    public string Currency { get; set; } = "USD";

    /// <summary>VAT in percent (23 for 23 %); 0 when no VAT is charged.</summary>
    [Range(0, Client.MaxVatRatePercent, ErrorMessage = Client.VatRateRule)]
    public decimal VatRatePercent { get; set; }

    /// <summary>The client accounts for VAT itself; needs its VAT number.</summary>
    public bool ReverseCharge { get; set; }

    [StringLength(Client.MaxVatNumberLength, ErrorMessage = Client.VatNumberTooLong)]
    public string? VatNumber { get; set; }

    /// <summary>Experts need this client's own NDA, not only the master NDA, before working on its projects.</summary>
    public bool RequiresClientNda { get; set; }

    /// <summary>Companies the client's experts may not work for at the same time.</summary>
    [MaxLength(Client.MaxRestrictedCompanies, ErrorMessage = Client.TooManyRestrictedCompanies)]
    public List<string> RestrictedCompanies { get; set; } = [];

    internal decimal VatRate => VatRatePercent / 100m;
}
