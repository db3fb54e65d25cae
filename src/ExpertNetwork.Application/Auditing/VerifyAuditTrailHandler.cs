using ExpertNetwork.Domain.Auditing;

namespace ExpertNetwork.Application.Auditing;

public sealed record AuditVerificationResult(bool IsIntact, long EventsChecked, long? BrokenAtSequence, string? Problem);

/// <summary>
/// Recomputes the hash chain over the whole trail, streaming in sequence order so memory stays flat. The head is read
/// first: nodes that keep writing while the check runs append events and move the head after that, which is not a
/// break. The chain must pass through the head that was read, and every event, those appended meanwhile included, must
/// link to the one before it.
/// </summary>
public sealed class VerifyAuditTrailHandler(IAppDbContext db)
{
    public async Task<AuditVerificationResult> HandleAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var verification = new AuditVerification(head);
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verification.Next(e))
                break;
        }
        verification.FinishAtHeadReadFirst();
        return new AuditVerificationResult(verification.IsIntact, verification.Checked, verification.BrokenAtSequence, verification.Problem);
    }
}
