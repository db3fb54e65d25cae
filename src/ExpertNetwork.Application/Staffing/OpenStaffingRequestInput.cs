using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>What a program manager states once: who is needed, how many, when, for how much.</summary>
public sealed class OpenStaffingRequestInput
{
    [Required(ErrorMessage = "Choose the project the experts are for.")]
    public Guid? ProjectId { get; set; }

    [Required(ErrorMessage = "Give the request a title, such as \"Hematologic oncology reviewers\".")]
    [StringLength(TextLimits.Name, ErrorMessage = "The title must be at most {1} characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the specialty the experts need.")]
    public Guid? SpecialtyId { get; set; }

    /// <summary>Optional: narrows the request to these parts of the specialty's subtree (each with everything below it).</summary>
    public List<Guid> SubspecialtyIds { get; set; } = [];

    public List<CredentialKind> RequiredCredentialKinds { get; set; } = [];

    [StringLength(TextLimits.Short, ErrorMessage = "Languages must be at most {1} characters.")]
    [RegularExpression(@"^\s*([A-Za-z]{2,3}\s*(,\s*[A-Za-z]{2,3}\s*)*)?$", ErrorMessage = "Languages are ISO codes separated by commas, such as \"en, de\".")]
    public string? Languages { get; set; }

    [Required(ErrorMessage = "Choose the activity.")]
    public Activity? Activity { get; set; }

    [Required(ErrorMessage = "Say how many experts are needed.")]
    [Range(1, StaffingRequest.MaxSeats, ErrorMessage = StaffingRequest.SeatsRule)]
    public int? Seats { get; set; }

    [Required(ErrorMessage = "Say how many hours a week each expert works.")]
    [Range(StaffingRequest.MinHoursPerWeek, StaffingRequest.MaxHoursPerWeek, ErrorMessage = StaffingRequest.HoursPerWeekRule)]
    public decimal? HoursPerWeek { get; set; }

    [Required(ErrorMessage = "Give the first day of the work.")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Give the last day of the work.")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "Give the maximum hourly pay rate.")]
    [Range(HourlyRates.Min, HourlyRates.Max, ErrorMessage = StaffingRequest.MaxPayRateRule)]
    public decimal? MaxHourlyPayRate { get; set; }

    [Required(ErrorMessage = "Give the currency of the pay rate.")]
    [RegularExpression(Money.CurrencyPattern, ErrorMessage = Money.CurrencyRule)]
    public string Currency { get; set; } = "EUR";

    [Range(1, StaffingRequest.MaxOfferResponseHours, ErrorMessage = StaffingRequest.OfferResponseRule)]
    public int OfferResponseHours { get; set; } = 72;

    public bool AutoBackfill { get; set; } = true;

    [Range(1, StaffingRequest.MaxWaveSize, ErrorMessage = StaffingRequest.WaveSizeRule)]
    public int WaveSize { get; set; } = 10;

    public IEnumerable<string> LanguageCodes() =>
        (Languages ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
