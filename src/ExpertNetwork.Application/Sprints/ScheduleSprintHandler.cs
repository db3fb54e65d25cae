using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

/// <summary>
/// Schedules a sprint, or a weekly series of them (same weekday and times, each its own sprint), with the chosen
/// participants. All or nothing: one refused sprint or participant (a rule, or an expert's weekly capacity in any week)
/// and none is saved. The invitations go out from the sprint sweep.
/// </summary>
public sealed class ScheduleSprintHandler(IAppDbContext db, IClock clock)
{
    /// <returns>The new sprints' ids, in date order.</returns>
    public async Task<IReadOnlyList<Guid>> HandleAsync(SprintInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ProjectId, cancellationToken)
                      ?? throw Refusal.Invalid("That project does not exist any more; choose another.", nameof(input.ProjectId));
        if (project.Status != ProjectStatus.Active)
            throw Refusal.Invalid($"The project {project.Name} is {project.Status.ToString().ToLowerInvariant()}; sprints are scheduled on active projects.", nameof(input.ProjectId));
        var (startDate, startTime, endDate, endTime) = SprintLoading.Window(input);
        if (input.RepeatWeeks is < 1 or > AnnotationSprint.MaxWeeklySeries)
            throw Refusal.Invalid(RuleText.Between(AnnotationSprint.WeeklySeriesRule, 1, AnnotationSprint.MaxWeeklySeries), nameof(input.RepeatWeeks));
        var participants = await SprintParticipants.ResolveAsync(db, input.Participants, cancellationToken);

        var now = clock.UtcNow;
        var sprints = new List<AnnotationSprint>();
        for (var week = 0; week < input.RepeatWeeks; week++)
        {
            var name = input.RepeatWeeks == 1 ? input.Name : $"{input.Name.Trim()} (week {week + 1} of {input.RepeatWeeks})";
            var sprint = AnnotationSprint.Schedule(project, name, startDate.AddDays(7 * week), startTime, endDate.AddDays(7 * week), endTime,
                input.TargetHours, input.GuidelinesUrl, now);
            if (input.RepeatWeeks > 1 && sprint.EndUtc - sprint.StartUtc > TimeSpan.FromDays(7))
                throw Refusal.Invalid("A weekly series needs sprints of at most a week, so that one week's sprint ends before the next one starts.");
            foreach (var (engagement, expertName, hours) in participants)
                SprintParticipants.Add(sprint, engagement, expertName, hours);
            sprints.Add(sprint);
        }
        await SprintCapacity.EnsureAsync(db, sprints, cancellationToken);
        db.Sprints.AddRange(sprints);
        await db.SaveChangesAsync(cancellationToken);
        return sprints.Select(s => s.Id).ToList();
    }
}
