using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

internal static class ClientLoading
{
    /// <summary>
    /// Loads a client for a change. With an expected version, a copy that is already stale is refused at once, and
    /// the save checks the same version, so an edit racing another one is refused too.
    /// </summary>
    public static async Task<Client> LoadForEditAsync(IAppDbContext db, Guid clientId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken)
            ?? throw Refusal.NotFound("The client");
        if (expectedVersion is { } version)
        {
            if (client.Version != version)
                throw Refusal.Stale("This client");
            db.Entry(client).Property(c => c.Version).OriginalValue = version;
        }
        return client;
    }

    /// <summary>Loads a project with its price list for a change; the version check works as for clients.</summary>
    public static async Task<Project> LoadProjectForEditAsync(IAppDbContext db, Guid projectId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.PriceList).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw Refusal.NotFound("The project");
        if (expectedVersion is { } version)
        {
            if (project.Version != version)
                throw Refusal.Stale("This project");
            db.Entry(project).Property(p => p.Version).OriginalValue = version;
        }
        return project;
    }

    public static async Task SaveAsync(IAppDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale(what);
        }
    }

    public static async Task EnsureSpecialtyExistsAsync(IAppDbContext db, Guid? specialtyId, CancellationToken cancellationToken)
    {
        if (specialtyId is { } id && !await db.Specialties.AnyAsync(s => s.Id == id, cancellationToken))
            throw Refusal.Invalid("That domain specialty does not exist.", "DomainSpecialtyId");
    }
}
