using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed class CredentialInput
{
    [Required(ErrorMessage = "Choose the kind of credential.")]
    public CredentialKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter who issued the credential.")]
    [StringLength(TextLimits.Name, ErrorMessage = "The issuer must be at most {1} characters.")]
    public string Issuer { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the credential number.")]
    [StringLength(TextLimits.Short, ErrorMessage = "The number must be at most {1} characters.")]
    public string Number { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the jurisdiction (country or state).")]
    [StringLength(TextLimits.Short, ErrorMessage = "The jurisdiction must be at most {1} characters.")]
    public string Jurisdiction { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the issue date.")]
    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}
