using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Auditing;

public sealed record AuditVerificationResult(bool IsIntact, long EventsChecked, long? BrokenAtSequence, string? Problem);

/// <summary>Recomputes the hash chain over the whole trail, streaming in sequence order so memory stays flat.</summary>
public sealed class VerifyAuditTrailHandler(IAppDbContext db)
{
    public async Task<AuditVerificationResult> HandleAsync(CancellationToken cancellationToken)
    {
        var verification = new AuditVerification();
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verification.Next(e))
                break;
        }
        var head = await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        verification.Finish(head);
        return new AuditVerificationResult(verification.IsIntact, verification.Checked, verification.BrokenAtSequence, verification.Problem);
    }
}
