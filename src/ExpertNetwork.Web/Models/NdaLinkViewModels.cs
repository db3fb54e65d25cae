using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>What the expert submits from the signing page.</summary>
public sealed class NdaSignForm
{
    [Display(Name = "Your full name")]
    [Required(ErrorMessage = "Type your full name to sign.")]
    [StringLength(TextLimits.Name, ErrorMessage = "Your name can be at most {1} characters.")]
    public string? FullName { get; set; }

    [Display(Name = "I have read this agreement and I agree to it")]
    public bool Consent { get; set; }

    /// <summary>The SHA-256 of the document the page showed, so what is signed is exactly what was read.</summary>
    [Required]
    [StringLength(TextLimits.Sha256Hex)]
    public string? DocumentSha256 { get; set; }
}

public sealed record NdaSignPageModel(string Token, NdaLinkView Link, NdaSignForm Form);

public sealed record NdaSignedPageModel(string Token, NdaLinkView Link, bool JustSigned);

/// <summary>A link that cannot be used: what happened and what to do.</summary>
public sealed record NdaClosedPageModel(int Status, string Title, string Message);
