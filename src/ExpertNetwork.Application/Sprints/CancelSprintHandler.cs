namespace ExpertNetwork.Application.Sprints;

/// <summary>A scheduled sprint to cancel, with the reason participants are told.</summary>
public sealed record CancelSprintCommand(Guid SprintId, int ExpectedVersion, string? Reason);

/// <summary>Cancels a scheduled sprint with a reason; the sprint sweep sends every invited participant a calendar cancellation.</summary>
public sealed class CancelSprintHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(CancelSprintCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (sprintId, expectedVersion, reason) = command;
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        sprint.Cancel(reason ?? string.Empty, clock.UtcNow);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
