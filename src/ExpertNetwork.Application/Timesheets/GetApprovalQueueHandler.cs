using System.Globalization;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>The queue, optionally of one project and one sprint.</summary>
public sealed record GetApprovalQueueQuery(Guid? ProjectId, Guid? SprintId);

/// <summary>
/// The program managers' queue: submitted hours by project and sprint, oldest day first, each with flags that ask for a
/// second look. Two rules flag an entry: the expert's hours on that engagement in the entry's week (Monday to Sunday)
/// exceed the weekly commitment agreed on the engagement; or the expert's hours in the sprint are more than
/// <see cref="SprintAverageFactor"/> times the average of the other experts who logged hours in it.
/// </summary>
public sealed class GetApprovalQueueHandler(IAppDbContext db)
{
    public const int Limit = 500;
    public const decimal SprintAverageFactor = 2m;

    public async Task<ApprovalQueueView> HandleAsync(GetApprovalQueueQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (projectId, sprintId) = (request.ProjectId, request.SprintId);
        var query = db.TimeEntries.AsNoTracking().Where(t => t.Status == TimeEntryStatus.Submitted);
        if (projectId is { } p)
            query = query.Where(t => t.ProjectId == p);
        if (sprintId is { } s)
            query = query.Where(t => t.SprintId == s);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderBy(t => t.WorkDate).ThenBy(t => t.SubmittedUtc).Take(Limit).ToListAsync(cancellationToken);

        var projectOptions = await db.TimeEntries.AsNoTracking().Where(t => t.Status == TimeEntryStatus.Submitted)
            .Select(t => t.ProjectId).Distinct()
            .Join(db.Projects.AsNoTracking(), id => id, pr => pr.Id, (id, pr) => new ApprovalProjectOption(pr.Id, pr.Name))
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
            return new ApprovalQueueView([], total, false, [.. projectOptions.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)]);

        var projectIds = entries.Select(t => t.ProjectId).Distinct().ToList();
        var projects = await db.Projects.AsNoTracking().Where(pr => projectIds.Contains(pr.Id)).Select(pr => new { pr.Id, pr.Name }).ToDictionaryAsync(pr => pr.Id, pr => pr.Name, cancellationToken);
        var sprintIds = entries.Where(t => t.SprintId != null).Select(t => t.SprintId!.Value).Distinct().ToList();
        var sprints = await db.Sprints.AsNoTracking().Where(sp => sprintIds.Contains(sp.Id)).Select(sp => new { sp.Id, sp.Name }).ToDictionaryAsync(sp => sp.Id, sp => sp.Name, cancellationToken);
        var expertIds = entries.Select(t => t.ExpertId).Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).Select(e => new { e.Id, e.FullName }).ToDictionaryAsync(e => e.Id, e => e.FullName, cancellationToken);
        var engagementIds = entries.Select(t => t.EngagementId).Distinct().ToList();
        var weekly = await db.Engagements.AsNoTracking().Where(e => engagementIds.Contains(e.Id)).Select(e => new { e.Id, e.HoursPerWeek }).ToDictionaryAsync(e => e.Id, e => e.HoursPerWeek, cancellationToken);

        // Hours are stored scaled, which SQL cannot sum through; the totals behind the flags are summed here.
        var from = WeekStart(entries.Min(t => t.WorkDate));
        var to = WeekStart(entries.Max(t => t.WorkDate)).AddDays(6);
        var engagementHours = await db.TimeEntries.AsNoTracking()
            .Where(t => engagementIds.Contains(t.EngagementId) && t.Status != TimeEntryStatus.Rejected && t.WorkDate >= from && t.WorkDate <= to)
            .Select(t => new { t.EngagementId, t.WorkDate, t.Hours }).ToListAsync(cancellationToken);
        var weekTotals = engagementHours.GroupBy(t => (t.EngagementId, Week: WeekStart(t.WorkDate))).ToDictionary(g => g.Key, g => g.Sum(t => t.Hours));
        var sprintHours = await db.TimeEntries.AsNoTracking()
            .Where(t => t.SprintId != null && sprintIds.Contains(t.SprintId.Value) && t.Status != TimeEntryStatus.Rejected)
            .Select(t => new { SprintId = t.SprintId!.Value, t.ExpertId, t.Hours }).ToListAsync(cancellationToken);
        var sprintTotals = sprintHours.GroupBy(t => t.SprintId)
            .ToDictionary(g => g.Key, g => g.GroupBy(t => t.ExpertId).ToDictionary(e => e.Key, e => e.Sum(t => t.Hours)));

        List<string> FlagsOf(TimeEntry entry)
        {
            var flags = new List<string>();
            var week = WeekStart(entry.WorkDate);
            var commitment = weekly.GetValueOrDefault(entry.EngagementId);
            if (commitment > 0 && weekTotals.GetValueOrDefault((entry.EngagementId, week)) is var inWeek && inWeek > commitment)
                flags.Add($"{Hours(inWeek)} h in the week of {week:yyyy-MM-dd}, over the weekly commitment of {Hours(commitment)} h");
            if (entry.SprintId is { } sid && sprintTotals.TryGetValue(sid, out var byExpert) && byExpert.Count > 1)
            {
                var own = byExpert.GetValueOrDefault(entry.ExpertId);
                var others = byExpert.Where(kv => kv.Key != entry.ExpertId).Select(kv => kv.Value).ToList();
                var average = others.Average();
                if (average > 0 && own > SprintAverageFactor * average)
                    flags.Add($"{Hours(own)} h in this sprint, more than {SprintAverageFactor:0}× the others' average of {Hours(Math.Round(average, 2))} h");
            }
            return flags;
        }

        var groups = entries
            .GroupBy(t => (t.ProjectId, t.SprintId))
            .Select(g => new ApprovalGroup(
                g.Key.ProjectId, projects.GetValueOrDefault(g.Key.ProjectId, "(unknown project)"),
                g.Key.SprintId, g.Key.SprintId is { } sid ? sprints.GetValueOrDefault(sid) : null,
                [.. g.Select(t => new ApprovalItem(t.Id, t.Version, experts.GetValueOrDefault(t.ExpertId, "(erased expert)"), t.WorkDate, t.Activity, t.Hours, t.Note,
                    t.SubmittedUtc, t.Version > 0, FlagsOf(t)))]))
            .OrderBy(g => g.ProjectName, StringComparer.CurrentCultureIgnoreCase).ThenBy(g => g.SprintName ?? string.Empty, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new ApprovalQueueView(groups, total, total > entries.Count, [.. projectOptions.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
