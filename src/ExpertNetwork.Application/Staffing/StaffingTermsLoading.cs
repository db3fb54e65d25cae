using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Staffing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Staffing;

internal static class StaffingTermsLoading
{
    /// <summary>The request's terms for matching; an unknown request is a <see cref="Refusal"/>.</summary>
    public static async Task<(StaffingRequest Request, StaffingTerms Terms)> LoadAsync(IAppDbContext db, Guid staffingRequestId, CancellationToken cancellationToken)
    {
        var request = await db.StaffingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == staffingRequestId, cancellationToken)
            ?? throw Refusal.NotFound("The staffing request");
        var project = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == request.ProjectId, cancellationToken);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == project.ClientId, cancellationToken);

        // The request's specialty, or the subspecialties it narrows to, each with everything below it.
        var rootIds = request.SubspecialtyIds.Count > 0 ? request.SubspecialtyIds : [request.SpecialtyId];
        var roots = await db.Specialties.AsNoTracking().Where(s => rootIds.Contains(s.Id))
            .OrderBy(s => s.Path).Select(s => new { s.Name, s.Path }).ToListAsync(cancellationToken);
        var specialtyIds = new HashSet<Guid>();
        foreach (var root in roots)
            specialtyIds.UnionWith(await db.Specialties.AsNoTracking().Where(s => s.Path.StartsWith(root.Path)).Select(s => s.Id).ToListAsync(cancellationToken));

        var clientTemplate = client.RequiresClientNda && await db.NdaTemplates.AnyAsync(
            t => t.Scope == NdaScope.Client && t.ClientId == client.Id && t.RetiredUtc == null, cancellationToken);
        var terms = StaffingTerms.For(request, project, client, specialtyIds, string.Join(" or ", roots.Select(r => r.Name)), clientTemplate,
            roots.Select(r => r.Path).ToList());
        return (request, terms);
    }
}
