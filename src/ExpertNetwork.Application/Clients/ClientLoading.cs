using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Clients;
using Microsoft.EntityFrameworkCore;

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
            ?? throw new NotFoundException("The client");
        if (expectedVersion is { } version)
        {
            if (client.Version != version)
                throw new StaleEditException("This client");
            db.Entry(client).Property(c => c.Version).OriginalValue = version;
        }
        return client;
    }

    /// <summary>Loads a project with its price list for a change; the version check works as for clients.</summary>
    public static async Task<Project> LoadProjectForEditAsync(IAppDbContext db, Guid projectId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.PriceList).SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken)
            ?? throw new NotFoundException("The project");
        if (expectedVersion is { } version)
        {
            if (project.Version != version)
                throw new StaleEditException("This project");
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
            throw new StaleEditException(what);
        }
    }

    public static async Task EnsureSpecialtyExistsAsync(IAppDbContext db, Guid? specialtyId, CancellationToken cancellationToken)
    {
        if (specialtyId is { } id && !await db.Specialties.AnyAsync(s => s.Id == id, cancellationToken))
            throw new Domain.Common.DomainRuleException("That domain specialty does not exist.");
    }
}
