using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Web.Models;

/// <summary>The schedule-a-sprint form: the sprint, and the project's engagements to choose participants from.</summary>
public sealed class SprintFormViewModel
{
    public SprintInput Input { get; set; } = new();

    public SprintProject? Project { get; set; }

    public IReadOnlyList<SprintProject> Projects { get; set; } = [];

    public IReadOnlyList<SprintCandidate> Candidates { get; set; } = [];

    /// <summary>The posted row for an engagement, or an unselected one.</summary>
    public SprintParticipantInput RowFor(Guid engagementId) =>
        Input.Participants.LastOrDefault(p => p.EngagementId == engagementId) ?? new SprintParticipantInput { EngagementId = engagementId, Selected = false };
}

/// <summary>The reschedule form of one sprint.</summary>
public sealed class SprintRescheduleViewModel
{
    public int Version { get; set; }

    public SprintTimesInput Input { get; set; } = new();

    public SprintDetail? Sprint { get; set; }
}

/// <summary>The sprint overview with its filters.</summary>
public sealed class SprintsIndexViewModel
{
    public required PagedResult<SprintListItem> Result { get; init; }

    public IReadOnlyList<SprintProject> Projects { get; init; } = [];

    public Guid? ProjectId { get; init; }

    public SprintStatus? Status { get; init; }
}

/// <summary>A sprint's page: the sprint and who could still join it.</summary>
public sealed class SprintDetailViewModel
{
    public required SprintDetail Sprint { get; init; }

    public IReadOnlyList<SprintCandidate> Candidates { get; init; } = [];
}
