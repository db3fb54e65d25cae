using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Sprints;

/// <summary>Takes an expert off a sprint; the sprint sweep sends them a calendar cancellation if they were invited.</summary>
public sealed class RemoveSprintParticipantHandler(IAppDbContext db)
{
    public async Task HandleAsync(Guid sprintId, int expectedVersion, Guid engagementId, CancellationToken cancellationToken)
    {
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        sprint.RemoveParticipant(engagementId);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
