using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Clients;

/// <summary>One bill rate for the project's price list; the currency is the project's.</summary>
public sealed class PriceListEntryInput
{
    [Required(ErrorMessage = "Choose the tier.")]
    public ExpertTier? Tier { get; set; }

    [Required(ErrorMessage = "Choose the activity.")]
    public Activity? Activity { get; set; }

    [Required(ErrorMessage = "Enter the hourly bill rate.")]
    [Range(HourlyRates.Min, HourlyRates.Max, ErrorMessage = PriceListEntry.BillRateRule)]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Enter the first day the rate applies.")]
    public DateOnly? From { get; set; }

    /// <summary>The last day the rate applies; empty for "until further notice".</summary>
    public DateOnly? To { get; set; }
}
