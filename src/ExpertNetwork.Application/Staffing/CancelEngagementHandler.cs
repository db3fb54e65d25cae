namespace ExpertNetwork.Application.Staffing;

/// <summary>An accepted or active engagement to cancel, with the reason the expert is told.</summary>
public sealed record CancelEngagementCommand(Guid RequestId, Guid EngagementId, int ExpectedVersion, string? Reason);

/// <summary>
/// Cancels an accepted or active engagement, with a reason: its seat goes back to the request (a filled request opens
/// again) and the expert is told by email — all in one save, under both the engagement's and the request's versions.
/// </summary>
public sealed class CancelEngagementHandler(IAppDbContext db, IClock clock, StaffingEmails emails)
{
    public async Task HandleAsync(CancelEngagementCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (requestId, engagementId, expectedVersion, reason) = command;
        var context = await EngagementLoading.LoadForChangeAsync(db, requestId, engagementId, expectedVersion, cancellationToken);
        context.Engagement.Cancel(reason ?? string.Empty, clock.UtcNow);
        context.Request.ReleaseSeat();
        emails.EngagementCancelled(context.Expert, context.Engagement, context.ProjectName, context.ClientName);
        await EngagementLoading.SaveAsync(db, "This engagement or its staffing request", cancellationToken);
    }
}
