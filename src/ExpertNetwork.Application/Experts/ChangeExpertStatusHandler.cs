using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Experts;

/// <summary>
/// Moves an expert along Applicant -> Vetted -> Active, or suspends, reinstates or archives them (the last two with a
/// reason). Vetting needs at least one credential that compliance has verified and that is in date today.
/// </summary>
public sealed class ChangeExpertStatusHandler(IAppDbContext db, IClock clock)
{
    public async Task HandleAsync(Guid expertId, ExpertStatusChange change, string? reason, int? expectedVersion, CancellationToken cancellationToken)
    {
        var expert = await ExpertLoading.LoadForEditAsync(db, expertId, expectedVersion, cancellationToken);
        var now = clock.UtcNow;
        switch (change)
        {
            case ExpertStatusChange.MarkVetted:
                await EnsureHasValidCredentialAsync(expertId, DateOnly.FromDateTime(now), cancellationToken);
                expert.MarkVetted(now);
                break;
            case ExpertStatusChange.Activate:
                expert.Activate(now);
                break;
            case ExpertStatusChange.Suspend:
                expert.Suspend(reason ?? string.Empty, now);
                break;
            case ExpertStatusChange.Reinstate:
                expert.Reinstate(now);
                break;
            case ExpertStatusChange.Archive:
                expert.Archive(reason ?? string.Empty, now);
                break;
            default:
                throw Refusal.Conflict($"'{change}' is not a status change.");
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This expert");
        }
    }

    private async Task EnsureHasValidCredentialAsync(Guid expertId, DateOnly today, CancellationToken cancellationToken)
    {
        var hasValid = await db.Credentials.AsNoTracking().Where(Credential.ValidOn(today)).AnyAsync(c => c.ExpertId == expertId, cancellationToken);
        if (!hasValid)
            throw Refusal.Conflict("An expert can be marked vetted only with at least one verified credential that is in date. Verify a credential first.");
    }
}
