using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

internal static class SprintParticipants
{
    /// <summary>The chosen rows' engagements and experts' names; unknown engagements and missing hours are refused.</summary>
    public static async Task<List<(Engagement Engagement, string ExpertName, decimal Hours)>> ResolveAsync(
        IAppDbContext db, IEnumerable<SprintParticipantInput> rows, CancellationToken cancellationToken)
    {
        var chosen = rows.Where(r => r.Selected && r.EngagementId is not null).GroupBy(r => r.EngagementId!.Value).Select(g => g.Last()).ToList();
        if (chosen.Count == 0)
            return [];
        var ids = chosen.Select(r => r.EngagementId!.Value).ToList();
        var engagements = await db.Engagements.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        if (engagements.Count < ids.Count)
            throw Refusal.Invalid("A chosen expert's engagement does not exist any more; choose again.");
        var expertIds = engagements.Values.Select(e => e.ExpertId).Distinct().ToList();
        var names = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.FullName, cancellationToken);
        return chosen.Select(r =>
        {
            var engagement = engagements[r.EngagementId!.Value];
            var name = names.GetValueOrDefault(engagement.ExpertId, "An expert");
            if (r.CommittedHours is not { } hours || hours <= 0)
                throw Refusal.Invalid($"Give the hours {name} commits to the sprint (more than 0).");
            return (engagement, name, hours);
        }).ToList();
    }

    /// <summary>Adds a participant; a refusal names the expert, so the person scheduling knows whom it is about.</summary>
    public static void Add(AnnotationSprint sprint, Engagement engagement, string expertName, decimal hours)
    {
        try
        {
            sprint.AddParticipant(engagement, hours);
        }
        catch (Refusal ex) when (ex.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
        {
            throw Refusal.Of(ex.Kind, $"{expertName}: {ex.Message}");
        }
    }
}
