using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Sprints;

/// <summary>One sprint, by id.</summary>
public sealed record GetSprintQuery(Guid SprintId);

/// <summary>A sprint with each participant's committed, logged and approved hours (from the sprint's time entries).</summary>
public sealed class GetSprintHandler(IAppDbContext db)
{
    public async Task<SprintDetail?> HandleAsync(GetSprintQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sprintId = query.SprintId;
        var sprint = await db.Sprints.AsNoTracking().Include(s => s.Participants).SingleOrDefaultAsync(s => s.Id == sprintId, cancellationToken);
        if (sprint is null)
            return null;
        var project = await (from p in db.Projects.AsNoTracking()
                             join c in db.Clients.AsNoTracking() on p.ClientId equals c.Id
                             where p.Id == sprint.ProjectId
                             select new { p.Code, p.Name, ClientName = c.Name }).SingleAsync(cancellationToken);
        var expertIds = sprint.Participants.Select(p => p.ExpertId).ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id))
            .Select(e => new { e.Id, e.FullName, e.TimeZoneId }).ToDictionaryAsync(e => e.Id, cancellationToken);
        // Hours are stored scaled, which SQL cannot sum through; a sprint's entries are few, so they are summed here.
        var entries = await db.TimeEntries.AsNoTracking().Where(t => t.SprintId == sprintId && t.Status != TimeEntryStatus.Rejected)
            .Select(t => new { t.EngagementId, t.Hours, t.Status }).ToListAsync(cancellationToken);
        var notices = await db.SprintNotices.AsNoTracking().Where(n => n.SprintId == sprintId)
            .Select(n => new { n.EngagementId, n.Kind, n.Sequence, n.SentUtc }).ToListAsync(cancellationToken);

        var participants = sprint.Participants
            .Select(p =>
            {
                var expert = experts.GetValueOrDefault(p.ExpertId);
                var zone = expert?.TimeZoneId ?? sprint.TimeZoneId;
                var last = notices.Where(n => n.EngagementId == p.EngagementId).OrderByDescending(n => n.SentUtc).FirstOrDefault();
                return new SprintParticipantView(
                    p.EngagementId, p.ExpertId, expert?.FullName ?? "(erased expert)", zone,
                    TimeZones.ToLocal(sprint.StartUtc, zone), TimeZones.ToLocal(sprint.EndUtc, zone),
                    p.CommittedHours,
                    entries.Where(e => e.EngagementId == p.EngagementId).Sum(e => e.Hours),
                    entries.Where(e => e.EngagementId == p.EngagementId && e.Status == TimeEntryStatus.Approved).Sum(e => e.Hours),
                    last is null ? null : Describe(last.Kind, last.Sequence));
            })
            .OrderBy(p => p.ExpertName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new SprintDetail(sprint.Id, sprint.Version, sprint.ProjectId, project.Code, project.Name, project.ClientName, sprint.Name, sprint.Status,
            sprint.StartDate, sprint.StartTime, sprint.EndDate, sprint.EndTime, sprint.TimeZoneId, sprint.StartUtc, sprint.EndUtc,
            sprint.TargetHours, sprint.GuidelinesUrl, sprint.Sequence, sprint.CancelReason, sprint.MidpointUtc, participants);
    }

    private static string Describe(SprintNoticeKind kind, int sequence) => kind switch
    {
        SprintNoticeKind.Invite => sequence == 0 ? "Invitation sent" : $"Updated invitation sent (sequence {sequence})",
        SprintNoticeKind.Cancel => "Cancellation sent",
        SprintNoticeKind.MidSprintReminder => "Mid-sprint reminder sent",
        _ => "Timesheet reminder sent",
    };
}
