using System.Globalization;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

/// <summary>
/// An expert's weekly capacity against the sprints they are in. A commitment asks for its hours spread over the
/// sprint's weeks (at least one); for each planned sprint, its load plus the load of every other scheduled or running
/// sprint of the same expert that overlaps it in time must fit the expert's weekly capacity. Conservative on purpose:
/// two other sprints that overlap this one but not each other are still both counted.
/// </summary>
internal static class SprintCapacity
{
    public static async Task EnsureAsync(IAppDbContext db, IReadOnlyList<AnnotationSprint> planned, CancellationToken cancellationToken)
    {
        var expertIds = planned.SelectMany(s => s.Participants).Select(p => p.ExpertId).Distinct().ToList();
        if (expertIds.Count == 0)
            return;
        var plannedIds = planned.Select(s => s.Id).ToList();
        var from = planned.Min(s => s.StartUtc);
        var to = planned.Max(s => s.EndUtc);
        var others = await db.Sprints.AsNoTracking()
            .Where(s => (s.Status == SprintStatus.Scheduled || s.Status == SprintStatus.Running) && !plannedIds.Contains(s.Id) && s.StartUtc < to && s.EndUtc > from)
            .SelectMany(s => s.Participants.Where(p => expertIds.Contains(p.ExpertId)),
                (s, p) => new { s.Name, s.StartUtc, s.EndUtc, p.ExpertId, p.CommittedHours })
            .ToListAsync(cancellationToken);
        var experts = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id))
            .Select(e => new { e.Id, e.FullName, e.WeeklyCapacityHours })
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        foreach (var sprint in planned.OrderBy(s => s.StartUtc))
        {
            foreach (var participant in sprint.Participants)
            {
                var overlapping = others
                    .Where(o => o.ExpertId == participant.ExpertId && sprint.Overlaps(o.StartUtc, o.EndUtc))
                    .Select(o => (o.Name, Load: o.CommittedHours / AnnotationSprint.WeeksBetween(o.StartUtc, o.EndUtc)))
                    .Concat(planned
                        .Where(p => p.Id != sprint.Id && p.Overlaps(sprint.StartUtc, sprint.EndUtc))
                        .SelectMany(p => p.Participants.Where(x => x.ExpertId == participant.ExpertId).Select(x => (p.Name, Load: p.WeeklyLoad(x.CommittedHours)))))
                    .ToList();
                var load = Math.Round(sprint.WeeklyLoad(participant.CommittedHours) + overlapping.Sum(o => o.Load), 2);
                if (!experts.TryGetValue(participant.ExpertId, out var expert) || load <= expert.WeeklyCapacityHours)
                    continue;
                var with = overlapping.Count == 0
                    ? string.Empty
                    : $" together with {string.Join(", ", overlapping.Select(o => o.Name).Distinct().Order(StringComparer.Ordinal))}";
                throw Refusal.Invalid(
                    $"{expert.FullName} can give {Hours(expert.WeeklyCapacityHours)} h a week, but {sprint.Name} would need {Hours(load)} h a week from them{with}. " +
                    "Commit fewer hours or choose another expert.");
            }
        }
    }

    private static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
