using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Web.Models;

/// <summary>A change that needs a reason (withdraw, cancel, close), made on the version the user saw.</summary>
public sealed class ReasonedChangeForm
{
    [Required(ErrorMessage = "The page was out of date. Reload it and try again.")]
    public int? Version { get; set; }

    [Required(ErrorMessage = "Give a reason.")]
    [StringLength(TextLimits.Reason, ErrorMessage = "The reason must be at most {1} characters.")]
    public string? Reason { get; set; }
}

/// <summary>A change without a reason, made on the version the user saw.</summary>
public sealed class VersionedChangeForm
{
    [Required(ErrorMessage = "The page was out of date. Reload it and try again.")]
    public int? Version { get; set; }
}
