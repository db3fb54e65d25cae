using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Compliance;

/// <summary>Withdraws a sent or signed NDA; its signing link then shows that it was withdrawn.</summary>
public sealed class RevokeNdaHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(Guid expertId, Guid agreementId, int version, string? reason, CancellationToken cancellationToken)
    {
        var agreement = await db.NdaAgreements.SingleOrDefaultAsync(n => n.Id == agreementId && n.ExpertId == expertId, cancellationToken)
            ?? throw Refusal.NotFound("The NDA");
        if (agreement.Version != version)
            throw new DbUpdateConcurrencyException("The NDA was changed by someone else.");
        agreement.Revoke(reason!, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
    }
}
