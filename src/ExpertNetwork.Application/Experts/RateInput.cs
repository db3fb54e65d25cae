using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed class RateInput
{
    [Required(ErrorMessage = "Choose the activity.")]
    public Activity? Activity { get; set; }

    [Required(ErrorMessage = "Enter the hourly rate.")]
    [Range(HourlyRates.Min, HourlyRates.Max, ErrorMessage = ExpertRate.PayRateRule)]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Enter the currency.")]
    [RegularExpression(Money.CurrencyPattern, ErrorMessage = Money.CurrencyRule)]
    public string Currency { get; set; } = "USD";

    [Required(ErrorMessage = "Enter the first day the rate applies.")]
    public DateOnly? From { get; set; }

    /// <summary>The last day the rate applies; empty for "until further notice".</summary>
    public DateOnly? To { get; set; }
}
