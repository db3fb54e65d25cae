using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary>One staffing request, by id.</summary>
public sealed record GetStaffingRequestQuery(Guid Id);

/// <summary>
/// One staffing request as its program manager follows it: the terms, seats filled, the funnel of its offers, how long
/// it has taken, and every expert on it (offers awaiting an answer first, then accepted and active, then the rest).
/// </summary>
public sealed class GetStaffingRequestHandler(IAppDbContext db, IClock clock)
{
    public async Task<StaffingRequestDetail?> HandleAsync(GetStaffingRequestQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.Id;
        if (await SummaryAsync(query, cancellationToken) is not { } summary)
            return null;
        var rows = await db.Engagements.AsNoTracking()
            .Where(e => e.StaffingRequestId == id)
            .Join(db.Experts.AsNoTracking(), e => e.ExpertId, x => x.Id, (e, x) => new { e, x.FullName })
            .Select(r => new
            {
                r.e.Id, r.e.Version, r.e.ExpertId, r.FullName, r.e.Status, r.e.MatchRank, r.e.ProposedUtc, r.e.OfferedUtc, r.e.OfferExpiresUtc,
                r.e.OfferOpenedUtc, r.e.OfferRemindedUtc, r.e.DecidedUtc, r.e.EndedUtc, r.e.EndReason, r.e.DeclineReason,
                Rate = r.e.AgreedRates.Where(a => a.Activity == r.e.Activity).Select(a => new { a.HourlyRate.Amount, a.HourlyRate.Currency }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var engagements = rows
            .Select(r => new EngagementRow(r.Id, r.Version, r.ExpertId, r.FullName, r.Status, r.Rate?.Amount, r.Rate?.Currency, r.MatchRank,
                r.ProposedUtc, r.OfferedUtc, r.OfferExpiresUtc, r.OfferOpenedUtc, r.OfferRemindedUtc, r.DecidedUtc, r.EndedUtc, r.EndReason ?? r.DeclineReason))
            .OrderBy(r => Order(r.Status)).ThenBy(r => r.OfferExpiresUtc ?? DateTime.MaxValue).ThenBy(r => r.ExpertName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new StaffingRequestDetail(summary.Request, summary.Funnel, summary.Times, engagements);
    }

    /// <summary>The terms, funnel and times without the engagement list; null when there is no such request.</summary>
    public async Task<StaffingRequestSummary?> SummaryAsync(GetStaffingRequestQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var id = query.Id;
        var r = await db.StaffingRequests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
            return null;
        var names = await db.Projects.AsNoTracking().Where(p => p.Id == r.ProjectId)
            .Join(db.Clients.AsNoTracking(), p => p.ClientId, c => c.Id, (p, c) => new { Project = p.Name, Client = c.Name })
            .SingleAsync(cancellationToken);
        var specialtyIds = r.SubspecialtyIds.Append(r.SpecialtyId).ToList();
        var specialties = await db.Specialties.AsNoTracking().Where(s => specialtyIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var terms = new StaffingRequestTerms(
            r.Id, r.Version, r.Title, r.ProjectId, names.Project, names.Client, r.SpecialtyId, specialties.GetValueOrDefault(r.SpecialtyId, "?"),
            r.SubspecialtyIds.Select(s => specialties.GetValueOrDefault(s, "?")).ToList(), r.RequiredCredentialKinds, r.Languages, r.Activity,
            r.SeatsNeeded, r.SeatsFilled, r.HoursPerWeek, r.Window.Start, r.Window.End!.Value, r.MaxHourlyPayRate.Amount, r.MaxHourlyPayRate.Currency,
            r.OfferResponseHours, r.AutoBackfill, r.WaveSize, r.Status, r.OpenedUtc, r.FilledUtc, r.ClosedUtc, r.CloseReason, r.CandidatesExhaustedUtc);

        var ofRequest = db.Engagements.Where(e => e.StaffingRequestId == id);
        var funnel = (await StaffingFigures.FunnelsByRequestAsync(ofRequest, cancellationToken)).GetValueOrDefault(id, StaffingFunnel.Empty);
        var firstAccept = (await StaffingFigures.FirstAcceptsAsync(ofRequest, cancellationToken)).TryGetValue(id, out var first) ? first : (DateTime?)null;
        var openUntil = r.FilledUtc ?? r.ClosedUtc ?? clock.UtcNow;
        var times = new StaffingRequestTimes(firstAccept - r.OpenedUtc, r.TimeToStaff, openUntil - r.OpenedUtc);
        return new StaffingRequestSummary(terms, funnel, times);
    }

    private static int Order(EngagementStatus status) => status switch
    {
        EngagementStatus.Offered => 0,
        EngagementStatus.Proposed => 1,
        EngagementStatus.Accepted or EngagementStatus.Active => 2,
        EngagementStatus.Completed => 3,
        _ => 4,
    };
}
