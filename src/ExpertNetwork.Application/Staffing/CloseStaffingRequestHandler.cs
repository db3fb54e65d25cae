using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Staffing;

/// <summary>A staffing request to close, with the reason its open offers are withdrawn for.</summary>
public sealed record CloseStaffingRequestCommand(Guid RequestId, int ExpectedVersion, string? Reason);

/// <summary>
/// Closes a staffing request with a reason. Offers still awaiting an answer (and proposals not yet sent) are withdrawn
/// with the same reason, and those experts are told, in the same save; accepted and active engagements carry on.
/// </summary>
public sealed class CloseStaffingRequestHandler(IAppDbContext db, IClock clock, StaffingEmails emails)
{
    /// <returns>How many offers and proposals were withdrawn.</returns>
    public async Task<int> HandleAsync(CloseStaffingRequestCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (requestId, expectedVersion, reason) = command;
        var request = await db.StaffingRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw Refusal.NotFound("The staffing request");
        if (request.Version != expectedVersion)
            throw Refusal.Stale("This staffing request");
        db.Entry(request).Property(r => r.Version).OriginalValue = expectedVersion;
        var now = clock.UtcNow;
        request.Close(reason ?? string.Empty, now);

        var open = await db.Engagements.Include(e => e.AgreedRates)
            .Where(e => e.StaffingRequestId == requestId && (e.Status == EngagementStatus.Proposed || e.Status == EngagementStatus.Offered))
            .ToListAsync(cancellationToken);
        if (open.Count > 0)
        {
            var expertIds = open.Select(e => e.ExpertId).ToList();
            var experts = await db.Experts.AsNoTracking().Where(x => expertIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, cancellationToken);
            var (project, client) = await EngagementLoading.NamesForExpertAsync(db, request, accepted: false, cancellationToken);
            foreach (var engagement in open)
            {
                var wasOffered = engagement.Status == EngagementStatus.Offered;
                engagement.Withdraw(request.CloseReason!, now);
                if (wasOffered)
                    emails.OfferWithdrawn(experts[engagement.ExpertId], engagement, project, client);
            }
        }
        await EngagementLoading.SaveAsync(db, "This staffing request or one of its offers", cancellationToken);
        return open.Count;
    }
}
