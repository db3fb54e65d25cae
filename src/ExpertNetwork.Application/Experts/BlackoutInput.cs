using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed class BlackoutInput
{
    [Required(ErrorMessage = "Enter the first day the expert is unavailable.")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Enter the last day the expert is unavailable.")]
    public DateOnly? To { get; set; }

    [StringLength(Blackout.MaxReasonLength, ErrorMessage = Blackout.ReasonTooLong)]
    public string? Reason { get; set; }
}
