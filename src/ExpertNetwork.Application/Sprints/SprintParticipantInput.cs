using System.ComponentModel.DataAnnotations;

namespace ExpertNetwork.Application.Sprints;

/// <summary>An engagement taking part in a sprint and the hours its expert commits to it. Rows not selected are ignored.</summary>
public sealed class SprintParticipantInput
{
    [Required(ErrorMessage = "Choose the expert's engagement.")]
    public Guid? EngagementId { get; set; }

    public bool Selected { get; set; } = true;

    [Range(typeof(decimal), "0", "1000", ErrorMessage = "Committed hours must be between {1} and {2}.")]
    public decimal? CommittedHours { get; set; }
}
