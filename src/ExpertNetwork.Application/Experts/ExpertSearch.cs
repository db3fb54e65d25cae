using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// The filters of the expert list, shared by the staff page and GET /api/v1/experts. Every date-dependent filter
/// (credential validity, rate in effect, hours already committed) is judged on <see cref="ValidOn"/>, today when
/// it is not given.
/// </summary>
public sealed class ExpertSearch : IValidatableObject
{
    public const decimal MaxRateLimit = 1_000_000m;

    [StringLength(TextLimits.Short, ErrorMessage = "Search text must be at most {1} characters.")]
    public string? Q { get; set; }

    public Guid? SpecialtyId { get; set; }

    public ExpertStatus? Status { get; set; }

    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Country must be a two-letter ISO code such as DE or US.")]
    public string? Country { get; set; }

    [RegularExpression("^[A-Za-z]{2,3}$", ErrorMessage = "Language must be an ISO 639 code such as en or de.")]
    public string? Language { get; set; }

    /// <summary>Only experts holding a credential of this kind that is verified and not expired on <see cref="ValidOn"/>.</summary>
    [Display(Name = "Credential kind")]
    public CredentialKind? CredentialKind { get; set; }

    [Display(Name = "Valid on")]
    public DateOnly? ValidOn { get; set; }

    /// <summary>The activity that <see cref="MaxRate"/> and the rate sort are about.</summary>
    public Activity? Activity { get; set; }

    /// <summary>Only experts whose rate for <see cref="Activity"/>, in <see cref="Currency"/>, is at most this much per hour.</summary>
    [Display(Name = "Max rate")]
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Max rate must be between {1} and {2} per hour.")]
    public decimal? MaxRate { get; set; }

    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "Currency must be a three-letter ISO code such as USD or EUR.")]
    public string? Currency { get; set; }

    /// <summary>Weekly capacity minus the hours per week of engagements accepted or active on <see cref="ValidOn"/>.</summary>
    [Display(Name = "Min available hours")]
    [Range(typeof(decimal), "0", "80", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Available hours per week must be between {1} and {2}.")]
    public decimal? MinAvailableHours { get; set; }

    public ExpertSort Sort { get; set; } = ExpertSort.Name;

    /// <summary>Ascending or descending; when not given, the natural direction of the sort (newest and most experienced first).</summary>
    public ExpertSortDirection? Direction { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "Page must be between {1} and {2}.")]
    public int Page { get; set; } = 1;

    [Range(1, Paging.MaxPageSize, ErrorMessage = "Page size must be between {1} and {2}.")]
    public int PageSize { get; set; } = Paging.DefaultPageSize;

    public bool SortsDescending() => (Direction ?? (Sort is ExpertSort.Experience or ExpertSort.Newest ? ExpertSortDirection.Desc : ExpertSortDirection.Asc)) == ExpertSortDirection.Desc;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRate is not null && Activity is null)
            yield return new ValidationResult("Choose the activity the max rate is for.", [nameof(Activity)]);
        if (MaxRate is not null && string.IsNullOrWhiteSpace(Currency))
            yield return new ValidationResult("Give the currency of the max rate (rates are compared only within one currency).", [nameof(Currency)]);
        if (Sort == ExpertSort.Rate && Activity is null)
            yield return new ValidationResult("Choose the activity whose rate the list is sorted by.", [nameof(Activity)]);
        if (Sort == ExpertSort.Rate && string.IsNullOrWhiteSpace(Currency))
            yield return new ValidationResult("Give the currency to sort rates in (rates are compared only within one currency).", [nameof(Currency)]);
        if (ValidOn is { } day && (day.Year < 1900 || day.Year > 2200))
            yield return new ValidationResult("The date must be between the years 1900 and 2200.", [nameof(ValidOn)]);
    }
}
