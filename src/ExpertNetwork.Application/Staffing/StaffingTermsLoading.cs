using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

internal static class StaffingTermsLoading
{
    /// <summary>
    /// The request's terms for matching, in two statements (matching is timed, and each round trip counts on a busy
    /// server); an unknown request is a <see cref="Refusal"/>.
    /// </summary>
    public static async Task<(StaffingRequest Request, Project Project, StaffingTerms Terms)> LoadAsync(
        IAppDbContext db, Guid staffingRequestId, CancellationToken cancellationToken)
    {
        // The request with its project and client, and whether the client has a current NDA of its own to sign.
        var loaded = await (
                from r in db.StaffingRequests.AsNoTracking()
                where r.Id == staffingRequestId
                join p in db.Projects.AsNoTracking() on r.ProjectId equals p.Id
                join c in db.Clients.AsNoTracking() on p.ClientId equals c.Id
                select new
                {
                    Request = r,
                    Project = p,
                    Client = c,
                    ClientTemplate = db.NdaTemplates.Any(t => t.Scope == NdaScope.Client && t.ClientId == c.Id && t.RetiredUtc == null),
                })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw Refusal.NotFound("The staffing request");
        var (request, project, client) = (loaded.Request, loaded.Project, loaded.Client);

        // The request's specialty, or the subspecialties it narrows to, each with everything below it: every specialty
        // whose path starts with a chosen one's path (the chosen ones included), in path order.
        var rootIds = request.SubspecialtyIds.Count > 0 ? request.SubspecialtyIds : [request.SpecialtyId];
        var chosen = db.Specialties.Where(r => rootIds.Contains(r.Id));
        var subtree = await db.Specialties.AsNoTracking()
            .Where(s => chosen.Any(r => s.Path.StartsWith(r.Path)))
            .OrderBy(s => s.Path).Select(s => new { s.Id, s.Name, s.Path }).ToListAsync(cancellationToken);
        var roots = subtree.Where(s => rootIds.Contains(s.Id)).ToList();
        var specialtyIds = subtree.Select(s => s.Id).ToHashSet();

        var terms = StaffingTerms.For(request, project, client, specialtyIds, string.Join(" or ", roots.Select(r => r.Name)),
            client.RequiresClientNda && loaded.ClientTemplate, roots.Select(r => r.Path).ToList());
        return (request, project, terms);
    }
}
