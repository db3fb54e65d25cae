namespace ExpertNetwork.Application.Sprints;

/// <summary>An expert to add to a sprint, against the version of the sprint the program manager saw.</summary>
public sealed record AddSprintParticipantCommand(Guid SprintId, int ExpectedVersion, SprintParticipantInput Participant);

/// <summary>Adds an expert's engagement to a sprint, within their weekly capacity; the sprint sweep sends them the invitation.</summary>
public sealed class AddSprintParticipantHandler(IAppDbContext db)
{
    public async Task HandleAsync(AddSprintParticipantCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (sprintId, expectedVersion, input) = command;
        ArgumentNullException.ThrowIfNull(input);
        input.Selected = true;
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        var participants = await SprintParticipants.ResolveAsync(db, [input], cancellationToken);
        if (participants.Count == 0)
            throw Refusal.Invalid("Choose the expert to add.", nameof(input.EngagementId));
        var (engagement, name, hours) = participants[0];
        SprintParticipants.Add(sprint, engagement, name, hours);
        await SprintCapacity.EnsureAsync(db, [sprint], cancellationToken);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
