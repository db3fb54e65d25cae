using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Sprints;

/// <summary>Cancels a scheduled sprint with a reason; the sprint sweep sends every invited participant a calendar cancellation.</summary>
public sealed class CancelSprintHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(Guid sprintId, int expectedVersion, string? reason, CancellationToken cancellationToken)
    {
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        sprint.Cancel(reason ?? string.Empty, clock.UtcNow);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
