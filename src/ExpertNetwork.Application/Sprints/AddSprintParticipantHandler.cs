using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Sprints;

/// <summary>Adds an expert's engagement to a sprint, within their weekly capacity; the sprint sweep sends them the invitation.</summary>
public sealed class AddSprintParticipantHandler(IAppDbContext db)
{
    public async Task HandleAsync(Guid sprintId, int expectedVersion, SprintParticipantInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Selected = true;
        var sprint = await SprintLoading.LoadForEditAsync(db, sprintId, expectedVersion, cancellationToken);
        var participants = await SprintParticipants.ResolveAsync(db, [input], cancellationToken);
        if (participants.Count == 0)
            throw Refusal.Conflict("Choose the expert to add.");
        var (engagement, name, hours) = participants[0];
        SprintParticipants.Add(sprint, engagement, name, hours);
        await SprintCapacity.EnsureAsync(db, [sprint], cancellationToken);
        await SprintLoading.SaveAsync(db, cancellationToken);
    }
}
