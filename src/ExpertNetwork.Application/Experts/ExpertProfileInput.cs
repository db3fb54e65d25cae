using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// What staff enter to create or edit an expert, shared by the form and POST/PUT /api/v1/experts. Annotations check the
/// shape; the domain checks the rest (IANA zone, ISO codes) and the handler what needs the database (unique email).
/// </summary>
public sealed class ExpertProfileInput
{
    [Required(ErrorMessage = Expert.FullNameMissing)]
    [StringLength(Expert.MaxFullNameLength, ErrorMessage = Expert.FullNameTooLong)]
    public string FullName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the expert's email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(TextLimits.Email, ErrorMessage = "The email address must be at most {1} characters.")]
    public string Email { get; set; } = string.Empty;

    [StringLength(Expert.MaxPhoneLength, ErrorMessage = Expert.PhoneTooLong)]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Choose the country.")]
    [RegularExpression(CountryCodes.Pattern, ErrorMessage = CountryCodes.Rule)]
    public string CountryCode { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the time zone.")]
    [StringLength(TextLimits.TimeZoneId, ErrorMessage = "The time zone must be at most {1} characters.")]
    public string TimeZoneId { get; set; } = string.Empty;

    [Range(0, Expert.MaxYearsOfExperience, ErrorMessage = Expert.YearsOfExperienceRule)]
    public int YearsOfExperience { get; set; }

    [Range(0, (double)Expert.MaxWeeklyCapacityHours, ErrorMessage = Expert.WeeklyCapacityRule)]
    public decimal WeeklyCapacityHours { get; set; }

    [StringLength(Expert.MaxHeadlineLength, ErrorMessage = Expert.HeadlineTooLong)]
    public string? Headline { get; set; }

    [StringLength(Expert.MaxNotesLength, ErrorMessage = Expert.NotesTooLong)]
    public string? Notes { get; set; }

    /// <summary>ISO 639 codes such as en, de, pl.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Current employers and affiliations, one company each; matching refuses clients that restrict one of them. Null leaves them as they are.</summary>
    [MaxLength(Expert.MaxEmployers, ErrorMessage = Expert.TooManyEmployers)]
    public List<string>? Employers { get; set; }

    [MinLength(1, ErrorMessage = "Choose at least one specialty.")]
    public List<Guid> SpecialtyIds { get; set; } = [];
}
