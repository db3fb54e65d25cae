using System.Linq.Expressions;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// The funnel and timing figures, counted by the database. Offers count once sent (an engagement proposed and withdrawn
/// before an offer went out is not an offer); accepted counts every engagement the expert accepted, including ones
/// cancelled since.
/// </summary>
public static class StaffingFigures
{
    /// <summary>The funnel per staffing request among <paramref name="engagements"/>, one grouped query.</summary>
    public static Task<Dictionary<Guid, StaffingFunnel>> FunnelsByRequestAsync(IQueryable<Engagement> engagements, CancellationToken cancellationToken) =>
        FunnelsByAsync(engagements, e => e.StaffingRequestId, cancellationToken);

    /// <summary>The funnel per project among <paramref name="engagements"/>, one grouped query.</summary>
    public static Task<Dictionary<Guid, StaffingFunnel>> FunnelsByProjectAsync(IQueryable<Engagement> engagements, CancellationToken cancellationToken) =>
        FunnelsByAsync(engagements, e => e.ProjectId, cancellationToken);

    private static async Task<Dictionary<Guid, StaffingFunnel>> FunnelsByAsync(
        IQueryable<Engagement> engagements, Expression<Func<Engagement, Guid>> key, CancellationToken cancellationToken)
    {
        var rows = await engagements.AsNoTracking()
            .Where(e => e.OfferedUtc != null)
            .GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Sent = g.Count(),
                Opened = g.Count(e => e.OfferOpenedUtc != null),
                Awaiting = g.Count(e => e.Status == EngagementStatus.Offered),
                Accepted = g.Count(e => e.AcceptedByName != null),
                Declined = g.Count(e => e.Status == EngagementStatus.Declined),
                Expired = g.Count(e => e.Status == EngagementStatus.Expired),
                Withdrawn = g.Count(e => e.Status == EngagementStatus.Withdrawn),
                Cancelled = g.Count(e => e.Status == EngagementStatus.Cancelled),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => new StaffingFunnel(r.Sent, r.Opened, r.Awaiting, r.Accepted, r.Declined, r.Expired, r.Withdrawn, r.Cancelled));
    }

    /// <summary>When each request's first offer was accepted; requests with none are absent.</summary>
    public static async Task<Dictionary<Guid, DateTime>> FirstAcceptsAsync(IQueryable<Engagement> engagements, CancellationToken cancellationToken) =>
        (await engagements.AsNoTracking()
            .Where(e => e.AcceptedByName != null && e.DecidedUtc != null)
            .GroupBy(e => e.StaffingRequestId)
            .Select(g => new { g.Key, First = g.Min(e => e.DecidedUtc) })
            .ToListAsync(cancellationToken))
        .ToDictionary(r => r.Key, r => r.First!.Value);

    /// <summary>
    /// Medians over the filled requests among <paramref name="requests"/>. The database returns one row per filled
    /// request (its opening, filling and first acceptance, the last by a grouped subquery); only those are ordered here.
    /// </summary>
    public static async Task<StaffingMedians> MediansAsync(IAppDbContext db, IQueryable<StaffingRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var filled = await requests.AsNoTracking()
            .Where(r => r.FilledUtc != null)
            .Select(r => new
            {
                r.OpenedUtc,
                FilledUtc = r.FilledUtc!.Value,
                FirstAccept = db.Engagements.Where(e => e.StaffingRequestId == r.Id && e.AcceptedByName != null).Min(e => e.DecidedUtc),
            })
            .ToListAsync(cancellationToken);
        return new StaffingMedians(
            filled.Count,
            Median(filled.Where(f => f.FirstAccept is not null).Select(f => f.FirstAccept!.Value - f.OpenedUtc).ToList()),
            Median(filled.Select(f => f.FilledUtc - f.OpenedUtc).ToList()));
    }

    public static TimeSpan? Median(List<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return null;
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : TimeSpan.FromTicks((values[middle - 1].Ticks + values[middle].Ticks) / 2);
    }
}
