using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;

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
    [Range(1, 500, ErrorMessage = "Seats must be between {1} and {2}.")]
    public int? Seats { get; set; }

    [Required(ErrorMessage = "Say how many hours a week each expert works.")]
    [Range(typeof(decimal), "0.25", "80", ErrorMessage = "Hours per week must be between {1} and {2}.")]
    public decimal? HoursPerWeek { get; set; }

    [Required(ErrorMessage = "Give the first day of the work.")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Give the last day of the work.")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "Give the maximum hourly pay rate.")]
    [Range(typeof(decimal), "0.01", "100000", ErrorMessage = "The maximum pay rate must be between {1} and {2}.")]
    public decimal? MaxHourlyPayRate { get; set; }

    [Required(ErrorMessage = "Give the currency of the pay rate.")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "The currency is a three-letter ISO code such as EUR or USD.")]
    public string Currency { get; set; } = "EUR";

    [Range(1, 720, ErrorMessage = "Experts have between {1} and {2} hours to answer an offer.")]
    public int OfferResponseHours { get; set; } = 72;

    public bool AutoBackfill { get; set; } = true;

    [Range(1, 200, ErrorMessage = "A wave is between {1} and {2} offers.")]
    public int WaveSize { get; set; } = 10;

    public IEnumerable<string> LanguageCodes() =>
        (Languages ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
