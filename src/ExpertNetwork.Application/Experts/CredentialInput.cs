using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed class CredentialInput
{
    [Required(ErrorMessage = "Choose the kind of credential.")]
    public CredentialKind? Kind { get; set; }

    [Required(ErrorMessage = Credential.IssuerMissing)]
    [StringLength(Credential.MaxIssuerLength, ErrorMessage = Credential.IssuerTooLong)]
    public string Issuer { get; set; } = string.Empty;

    [Required(ErrorMessage = Credential.NumberMissing)]
    [StringLength(Credential.MaxNumberLength, ErrorMessage = Credential.NumberTooLong)]
    public string Number { get; set; } = string.Empty;

    [Required(ErrorMessage = Credential.JurisdictionMissing)]
    [StringLength(Credential.MaxJurisdictionLength, ErrorMessage = Credential.JurisdictionTooLong)]
    public string Jurisdiction { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the issue date.")]
    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}
