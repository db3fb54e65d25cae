using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>What the expert submits to accept an offer (the NDA and conflict parts only when the page asks for them).</summary>
public sealed class OfferAcceptForm
{
    [Display(Name = "Your full name")]
    [StringLength(TextLimits.Name, ErrorMessage = "Your name can be at most {1} characters.")]
    public string? FullName { get; set; }

    public bool Consent { get; set; }

    /// <summary>The SHA-256 of the contract the page showed, so what is accepted is exactly what was read.</summary>
    [StringLength(TextLimits.Sha256Hex)]
    public string? ContractSha256 { get; set; }

    public bool NdaConsent { get; set; }

    [StringLength(TextLimits.Sha256Hex)]
    public string? NdaSha256 { get; set; }

    [Display(Name = "Current employers and clients")]
    [StringLength(4000, ErrorMessage = "Keep the list of employers under {1} characters.")]
    public string? Employers { get; set; }

    [Display(Name = "Other interests")]
    [StringLength(TextLimits.Note, ErrorMessage = "Other interests can be at most {1} characters.")]
    public string? OtherInterests { get; set; }

    public bool ConflictConfirmed { get; set; }
}

public sealed class OfferDeclineForm
{
    [Display(Name = "Reason (optional)")]
    [StringLength(TextLimits.Reason, ErrorMessage = "The reason can be at most {1} characters.")]
    public string? Reason { get; set; }
}

public sealed record OfferPageModel(string Token, OfferLinkView Link, OfferAcceptForm Form, OfferDeclineForm Decline);

public sealed record OfferAcceptedPageModel(string Token, OfferLinkView Link, bool JustAccepted);

/// <summary>An offer link that cannot be answered (any more): what happened, and what to do.</summary>
public sealed record OfferClosedPageModel(int Status, string Title, string Message, IReadOnlyList<string>? Reasons = null);
