namespace ExpertNetwork.Application.Experts;

public sealed record VerifyCredentialCommand(Guid CredentialId);

public sealed record RejectCredentialCommand(Guid CredentialId, string? Reason);

/// <summary>Compliance verifies a pending credential, or rejects it with a reason; the reviewer is the current actor.</summary>
public sealed class ReviewCredentialHandler(IAppDbContext db, IClock clock, ICurrentActor actor)
{
    public Task HandleAsync(VerifyCredentialCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ReviewAsync(command.CredentialId, c => c.Verify(actor.Name, clock.UtcNow), cancellationToken);
    }

    public Task HandleAsync(RejectCredentialCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ReviewAsync(command.CredentialId, c => c.Reject(actor.Name, command.Reason ?? string.Empty, clock.UtcNow), cancellationToken);
    }

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
