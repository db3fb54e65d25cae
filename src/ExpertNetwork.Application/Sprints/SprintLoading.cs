using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

internal static class SprintLoading
{
    /// <summary>Loads a sprint with its participants for a change; a stale copy is refused at once and again at the save.</summary>
    public static async Task<AnnotationSprint> LoadForEditAsync(IAppDbContext db, Guid sprintId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var sprint = await db.Sprints.Include(s => s.Participants).SingleOrDefaultAsync(s => s.Id == sprintId, cancellationToken)
            ?? throw Refusal.NotFound("The sprint");
        if (expectedVersion is { } version)
        {
            if (sprint.Version != version)
                throw Refusal.Stale("This sprint");
            db.Entry(sprint).Property(s => s.Version).OriginalValue = version;
        }
        return sprint;
    }

    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This sprint");
        }
    }

    /// <summary>The wall-clock window of a sprint in the project's zone, checked for presence (the view model requires it too).</summary>
    public static (DateOnly StartDate, TimeOnly StartTime, DateOnly EndDate, TimeOnly EndTime) Window(SprintTimesInput input) =>
        input is { StartDate: { } sd, StartTime: { } st, EndDate: { } ed, EndTime: { } et }
            ? (sd, st, ed, et)
            : throw Refusal.Invalid("Give the sprint's start and end, each as a day and a time.");
}
