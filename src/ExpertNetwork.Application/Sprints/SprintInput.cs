using System.ComponentModel.DataAnnotations;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

/// <summary>A new sprint (or a weekly series of them) with its participants.</summary>
public sealed class SprintInput : SprintTimesInput
{
    [Required(ErrorMessage = "Choose the project the sprint belongs to.")]
    public Guid? ProjectId { get; set; }

    /// <summary>1 for one sprint; more for the same weekday and times every week, each its own sprint.</summary>
    [Range(1, AnnotationSprint.MaxWeeklySeries, ErrorMessage = AnnotationSprint.WeeklySeriesRule)]
    public int RepeatWeeks { get; set; } = 1;

    public List<SprintParticipantInput> Participants { get; set; } = [];
}
