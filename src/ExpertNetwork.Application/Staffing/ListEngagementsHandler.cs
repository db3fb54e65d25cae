using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Staffing;

/// <summary>An engagement in a list: who, on which request, where it stands, and the agreed hourly rate of its main activity.</summary>
public sealed record EngagementListItem(
    Guid Id, Guid StaffingRequestId, string StaffingRequestTitle, Guid ProjectId, Guid ExpertId, string ExpertName, EngagementStatus Status,
    decimal? HourlyRate, string? Currency, DateTime ProposedUtc, DateTime? OfferedUtc, DateTime? OfferExpiresUtc, DateTime? DecidedUtc, DateTime? EndedUtc);
/// <summary>Engagements, optionally of one project and in one status; a page of them.</summary>
public sealed record ListEngagementsQuery(Guid? ProjectId, EngagementStatus? Status, int Page, int PageSize);

/// <summary>Engagements, optionally of one project and in one status, newest first, a page at a time.</summary>
public sealed class ListEngagementsHandler(IAppDbContext db)
{
    public async Task<PagedResult<EngagementListItem>> HandleAsync(ListEngagementsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (projectId, status, page, pageSize) = query;
        var engagements = db.Engagements.AsNoTracking()
            .Where(e => projectId == null || e.ProjectId == projectId)
            .Where(e => status == null || e.Status == status);
        var rows = engagements
            .OrderByDescending(e => e.ProposedUtc).ThenBy(e => e.Id)
            .Join(db.Experts.AsNoTracking(), e => e.ExpertId, x => x.Id, (e, x) => new { e, x.FullName })
            .Join(db.StaffingRequests.AsNoTracking(), y => y.e.StaffingRequestId, r => r.Id, (y, r) => new { y.e, y.FullName, r.Title })
            .Select(y => new EngagementListItem(
                y.e.Id, y.e.StaffingRequestId, y.Title, y.e.ProjectId, y.e.ExpertId, y.FullName, y.e.Status,
                y.e.AgreedRates.Where(a => a.Activity == y.e.Activity).Select(a => (decimal?)a.HourlyRate.Amount).FirstOrDefault(),
                y.e.AgreedRates.Where(a => a.Activity == y.e.Activity).Select(a => a.HourlyRate.Currency).FirstOrDefault(),
                y.e.ProposedUtc, y.e.OfferedUtc, y.e.OfferExpiresUtc, y.e.DecidedUtc, y.e.EndedUtc));
        return await rows.ToPageAsync(page, pageSize, cancellationToken);
    }
}
