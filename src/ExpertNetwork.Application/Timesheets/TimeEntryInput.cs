using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>Hours for one day and activity, as the portal form and the API send them.</summary>
public sealed class TimeEntryInput
{
    [Required(ErrorMessage = "Choose the engagement the hours are for.")]
    public Guid? EngagementId { get; set; }

    /// <summary>Optional: the sprint the hours belong to (it must be running and cover the day).</summary>
    public Guid? SprintId { get; set; }

    [Required(ErrorMessage = "Enter the day you worked.")]
    public DateOnly? WorkDate { get; set; }

    [Required(ErrorMessage = "Choose the kind of work.")]
    public Activity? Activity { get; set; }

    [Required(ErrorMessage = "Enter the hours, in quarter hours (for example 1.5).")]
    [LoggableHours]
    public decimal? Hours { get; set; }

    [StringLength(TimeEntry.MaxNoteLength, ErrorMessage = TimeEntry.NoteTooLong)]
    public string? Note { get; set; }
}
