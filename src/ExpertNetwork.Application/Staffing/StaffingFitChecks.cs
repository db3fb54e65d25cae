using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

internal static class StaffingFitChecks
{
    /// <summary>Loads what <see cref="StaffingFitRules.Check"/> needs for a few experts and runs it for each.</summary>
    public static async Task<IReadOnlyList<(Expert Expert, IReadOnlyList<Ineligibility> Reasons)>> CheckAsync(
        IAppDbContext db, StaffingTerms terms, IReadOnlyCollection<Guid> expertIds, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var ids = expertIds.Distinct().ToList();
        var experts = await db.Experts.AsNoTracking()
            .Include(e => e.Languages).Include(e => e.Specialties).Include(e => e.Blackouts).Include(e => e.Rates).Include(e => e.Employers)
            .Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var credentials = await db.Credentials.AsNoTracking().Where(c => ids.Contains(c.ExpertId)).ToListAsync(cancellationToken);
        var ndas = await db.NdaAgreements.AsNoTracking().Where(n => ids.Contains(n.ExpertId)).ToListAsync(cancellationToken);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Where(d => ids.Contains(d.ExpertId)).ToListAsync(cancellationToken);
        var engagements = await db.Engagements.AsNoTracking()
            .Where(g => ids.Contains(g.ExpertId)
                && (g.Status == EngagementStatus.Offered || g.Status == EngagementStatus.Accepted || g.Status == EngagementStatus.Active))
            .ToListAsync(cancellationToken);
        return experts
            .Select(e => (e, StaffingFitRules.Check(terms, e, credentials, ndas, declarations, engagements, nowUtc)))
            .ToList();
    }
}
