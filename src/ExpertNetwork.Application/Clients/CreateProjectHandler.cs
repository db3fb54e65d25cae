using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

public sealed record CreateProjectCommand(ProjectInput Project);

/// <summary>Opens a project for a client; it requires the client's NDA when the client does.</summary>
public sealed class CreateProjectHandler(IAppDbContext db, IClock clock)
{
    /// <returns>The new project's id.</returns>
    public async Task<Guid> HandleAsync(CreateProjectCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var input = command.Project;
        ArgumentNullException.ThrowIfNull(input);
        var clientId = input.ClientId ?? throw Refusal.Invalid("Choose the client.", "ClientId");
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
            ?? throw Refusal.Invalid("That client does not exist.", "ClientId");
        await ClientLoading.EnsureSpecialtyExistsAsync(db, input.DomainSpecialtyId, cancellationToken);
        var project = Project.Create(client, input.Name, input.Code, input.DomainSpecialtyId, input.Description, input.ExpertBrief,
            input.Level(), input.RequiresConflictDeclaration, input.BudgetMoney(), input.TimeZoneId, input.Window(), clock.UtcNow);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        return project.Id;
    }
}
