using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Sprints;

/// <summary>Closes a running sprint: no more participants change; hours already logged stay for approval.</summary>
public sealed class CloseSprintHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(Guid sprintId, int expectedVersion, CancellationToken cancellationToken)
    {
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        sprint.Close(clock.UtcNow);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
