using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Staffing;

/// <summary>
/// Cancels an accepted or active engagement, with a reason: its seat goes back to the request (a filled request opens
/// again) and the expert is told by email — all in one save, under both the engagement's and the request's versions.
/// </summary>
public sealed class CancelEngagementHandler(IAppDbContext db, IClock clock, StaffingEmails emails)
{
    public async Task HandleAsync(Guid requestId, Guid engagementId, int expectedVersion, string? reason, CancellationToken cancellationToken)
    {
        var context = await EngagementLoading.LoadForChangeAsync(db, requestId, engagementId, expectedVersion, cancellationToken);
        context.Engagement.Cancel(reason ?? string.Empty, clock.UtcNow);
        context.Request.ReleaseSeat();
        emails.EngagementCancelled(context.Expert, context.Engagement, context.ProjectName, context.ClientName);
        await EngagementLoading.SaveAsync(db, "This engagement or its staffing request", cancellationToken);
    }
}
