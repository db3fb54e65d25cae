namespace ExpertNetwork.Application.Sprints;

/// <summary>An expert (by engagement) to take off a sprint.</summary>
public sealed record RemoveSprintParticipantCommand(Guid SprintId, int ExpectedVersion, Guid EngagementId);

/// <summary>Takes an expert off a sprint; the sprint sweep sends them a calendar cancellation if they were invited.</summary>
public sealed class RemoveSprintParticipantHandler(IAppDbContext db)
{
    public async Task HandleAsync(RemoveSprintParticipantCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (sprintId, expectedVersion, engagementId) = command;
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        sprint.RemoveParticipant(engagementId);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
