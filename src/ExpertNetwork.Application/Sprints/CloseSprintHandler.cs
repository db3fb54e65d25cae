namespace ExpertNetwork.Application.Sprints;

/// <summary>A running sprint to close.</summary>
public sealed record CloseSprintCommand(Guid SprintId, int ExpectedVersion);

/// <summary>Closes a running sprint: no more participants change; hours already logged stay for approval.</summary>
public sealed class CloseSprintHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(CloseSprintCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (sprintId, expectedVersion) = command;
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        sprint.Close(clock.UtcNow);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
