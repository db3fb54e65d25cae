using System.ComponentModel.DataAnnotations;

namespace ExpertNetwork.Application.Experts;

public sealed class BlackoutInput
{
    [Required(ErrorMessage = "Enter the first day the expert is unavailable.")]
    public DateOnly? From { get; set; }

    [Required(ErrorMessage = "Enter the last day the expert is unavailable.")]
    public DateOnly? To { get; set; }

    [StringLength(TextLimits.Short, ErrorMessage = "The reason must be at most {1} characters.")]
    public string? Reason { get; set; }
}
