using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// The hard filters that do not depend on matching: the expert is vetted or active, not blacked out, and holds the
/// required credentials verified and in date on the first and on the last day of the request's window.
/// </summary>
public sealed class InterimStaffingFit(IAppDbContext db) : IStaffingFit
{
    public async Task<IReadOnlyList<string>> WhyNotAsync(Guid staffingRequestId, Guid expertId, CancellationToken cancellationToken)
    {
        var request = await db.StaffingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == staffingRequestId, cancellationToken);
        if (request is null)
            return ["The staffing request does not exist."];
        var expert = await db.Experts.AsNoTracking().Include(e => e.Blackouts).SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null)
            return ["There is no such expert."];
        var credentials = await db.Credentials.AsNoTracking().Where(c => c.ExpertId == expertId).ToListAsync(cancellationToken);
        var days = new[] { request.Window.Start, request.Window.End ?? request.Window.Start }.Distinct();
        return days
            .SelectMany(day => ExpertEligibility.CheckOn(expert, credentials, day, request.RequiredCredentialKinds))
            .Select(r => r.Reason)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
