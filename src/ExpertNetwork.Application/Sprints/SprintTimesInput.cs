using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

/// <summary>A sprint's name, window (wall-clock in the project's time zone), target and guidelines, as a program manager states them.</summary>
public class SprintTimesInput
{
    [Required(ErrorMessage = "Give the sprint a name, such as \"Week 12 case review\".")]
    [StringLength(TextLimits.Name, ErrorMessage = "The name must be at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the day the sprint starts.")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Give the time the sprint starts.")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Give the day the sprint ends.")]
    public DateOnly? EndDate { get; set; }

    [Required(ErrorMessage = "Give the time the sprint ends.")]
    public TimeOnly? EndTime { get; set; }

    [Range(0d, AnnotationSprint.MaxTargetHours, ErrorMessage = AnnotationSprint.TargetHoursRule)]
    public decimal TargetHours { get; set; }

    [StringLength(TextLimits.Url, ErrorMessage = "The guidelines link must be at most {1} characters.")]
    [Url(ErrorMessage = "The guidelines link must be a full address such as https://docs.example.com/guidelines.")]
    public string? GuidelinesUrl { get; set; }
}
