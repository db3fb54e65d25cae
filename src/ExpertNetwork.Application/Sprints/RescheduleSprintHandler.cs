namespace ExpertNetwork.Application.Sprints;

/// <summary>A sprint's new name, times, target and guidelines.</summary>
public sealed record RescheduleSprintCommand(Guid SprintId, int ExpectedVersion, SprintTimesInput Times);

/// <summary>
/// Moves a scheduled sprint (or renames it, or changes its target or guidelines). The sprint's sequence grows, so the
/// sprint sweep sends every participant an updated invitation; the participants' capacity is checked at the new time.
/// </summary>
public sealed class RescheduleSprintHandler(IAppDbContext db, IClock clock)
{
    /// <returns>The sprint's version after the change.</returns>
    public async Task<int> HandleAsync(RescheduleSprintCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (sprintId, expectedVersion, input) = command;
        ArgumentNullException.ThrowIfNull(input);
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        var (startDate, startTime, endDate, endTime) = SprintLoading.Window(input);
        sprint.Reschedule(input.Name, startDate, startTime, endDate, endTime, input.TargetHours, input.GuidelinesUrl, clock.UtcNow);
        await SprintCapacity.EnsureAsync(db, [sprint], cancellationToken);
        await SprintLoading.SaveAsync(db, cancellationToken);
        return sprint.Version;
    }
}
