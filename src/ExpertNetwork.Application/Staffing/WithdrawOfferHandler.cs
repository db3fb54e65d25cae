using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Staffing;

/// <summary>A proposal or open offer to withdraw, with the reason the expert is told.</summary>
public sealed record WithdrawOfferCommand(Guid RequestId, Guid EngagementId, int ExpectedVersion, string? Reason);

/// <summary>
/// Withdraws a proposal or an open offer, with a reason. An expert who had the offer is told by email in the same save,
/// and the offer link stops working (the offer page reads the engagement's status). A proposal that never went out
/// mails nobody.
/// </summary>
public sealed class WithdrawOfferHandler(IAppDbContext db, IClock clock, StaffingEmails emails)
{
    public async Task HandleAsync(WithdrawOfferCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (requestId, engagementId, expectedVersion, reason) = command;
        var context = await EngagementLoading.LoadForChangeAsync(db, requestId, engagementId, expectedVersion, cancellationToken);
        var engagement = context.Engagement;
        var wasOffered = engagement.Status == EngagementStatus.Offered;
        engagement.Withdraw(reason ?? string.Empty, clock.UtcNow);
        if (wasOffered)
            emails.OfferWithdrawn(context.Expert, engagement, context.ProjectName, context.ClientName);
        await EngagementLoading.SaveAsync(db, "This engagement", cancellationToken);
    }
}
