using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Experts;

/// <summary>Compliance verifies a pending credential, or rejects it with a reason; the reviewer is the current actor.</summary>
public sealed class ReviewCredentialHandler(IAppDbContext db, IClock clock, ICurrentActor actor)
{
    public Task VerifyAsync(Guid credentialId, CancellationToken cancellationToken) =>
        ReviewAsync(credentialId, c => c.Verify(actor.Name, clock.UtcNow), cancellationToken);

    public Task RejectAsync(Guid credentialId, string? reason, CancellationToken cancellationToken) =>
        ReviewAsync(credentialId, c => c.Reject(actor.Name, reason ?? string.Empty, clock.UtcNow), cancellationToken);

    private async Task ReviewAsync(Guid credentialId, Action<Domain.Experts.Credential> review, CancellationToken cancellationToken)
    {
        var credential = await ExpertLoading.LoadCredentialAsync(db, credentialId, cancellationToken);
        review(credential);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This credential");
        }
    }
}
