using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Clients;

public sealed record CompleteProjectCommand(Guid ProjectId, int ExpectedVersion);

public sealed record CancelProjectCommand(Guid ProjectId, int ExpectedVersion, string? Reason);

/// <summary>
/// Completes a project, or cancels it with a reason. Either ends its changes for good, so it is refused while any of
/// its staffing requests is still open or filled: those are closed first, each with its own reason.
/// </summary>
public sealed class EndProjectHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(CompleteProjectCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var projectId = command.ProjectId;
        var expectedVersion = command.ExpectedVersion;
        var project = await LoadAsync(projectId, expectedVersion, cancellationToken);
        project.Complete(clock.UtcNow);
        await ClientLoading.SaveAsync(db, "This project", cancellationToken);
    }

    public async Task HandleAsync(CancelProjectCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var projectId = command.ProjectId;
        var expectedVersion = command.ExpectedVersion;
        var reason = command.Reason;
        var project = await LoadAsync(projectId, expectedVersion, cancellationToken);
        project.Cancel(reason ?? string.Empty, clock.UtcNow);
        await ClientLoading.SaveAsync(db, "This project", cancellationToken);
    }

    private async Task<Domain.Clients.Project> LoadAsync(Guid projectId, int expectedVersion, CancellationToken cancellationToken)
    {
        var project = await ClientLoading.LoadProjectForEditAsync(db, projectId, expectedVersion, cancellationToken);
        var live = await db.StaffingRequests.CountAsync(r => r.ProjectId == projectId && r.Status != StaffingRequestStatus.Closed, cancellationToken);
        if (live > 0)
            throw Refusal.Conflict(live == 1
                ? "One staffing request of this project is still open or filled. Close it first, with its reason, on its page."
                : $"{live} staffing requests of this project are still open or filled. Close them first, each with its reason, on their pages.");
        return project;
    }
}
