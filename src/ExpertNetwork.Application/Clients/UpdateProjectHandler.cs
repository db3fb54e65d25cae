namespace ExpertNetwork.Application.Clients;

public sealed record UpdateProjectCommand(Guid ProjectId, int ExpectedVersion, ProjectInput Project);

/// <summary>
/// Edits a project's details. The caller says which version it edited; when someone else saved in between, nothing
/// is saved and <see cref="Refusal"/> says so. The client cannot change.
/// </summary>
public sealed class UpdateProjectHandler(IAppDbContext db)
{
    /// <returns>The project's version after the edit.</returns>
    public async Task<int> HandleAsync(UpdateProjectCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var projectId = command.ProjectId;
        var expectedVersion = command.ExpectedVersion;
        var input = command.Project;
        ArgumentNullException.ThrowIfNull(input);
        var project = await ClientLoading.LoadProjectForEditAsync(db, projectId, expectedVersion, cancellationToken);
        await ClientLoading.EnsureSpecialtyExistsAsync(db, input.DomainSpecialtyId, cancellationToken);
        project.UpdateDetails(input.Name, input.Code, input.DomainSpecialtyId, input.Description, input.ExpertBrief, input.Level(),
            input.RequiresConflictDeclaration, input.BudgetMoney(), input.TimeZoneId, input.Window());
        await ClientLoading.SaveAsync(db, "This project", cancellationToken);
        return project.Version;
    }
}
