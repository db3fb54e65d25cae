using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Application.Experts;

public sealed class RateInput
{
    [Required(ErrorMessage = "Choose the activity.")]
    public Activity? Activity { get; set; }

    [Required(ErrorMessage = "Enter the hourly rate.")]
    [Range(0.01, 100000, ErrorMessage = "The hourly rate must be between {1} and {2}.")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Enter the currency.")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "The currency must be a three-letter ISO code such as USD or EUR.")]
    public string Currency { get; set; } = "USD";

    [Required(ErrorMessage = "Enter the first day the rate applies.")]
    public DateOnly? From { get; set; }

    /// <summary>The last day the rate applies; empty for "until further notice".</summary>
    public DateOnly? To { get; set; }
}
