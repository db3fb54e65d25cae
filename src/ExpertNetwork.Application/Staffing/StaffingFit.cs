using ExpertNetwork.Domain.Staffing;

namespace ExpertNetwork.Application.Staffing;

/// <summary><see cref="IStaffingFit"/> by the domain rules (<see cref="StaffingFitRules"/>) over the expert's loaded records.</summary>
public sealed class StaffingFit(IAppDbContext db, IClock clock) : IStaffingFit
{
    /// <exception cref="Refusal">The request or the expert does not exist.</exception>
    public async Task<IReadOnlyList<string>> WhyNotAsync(Guid staffingRequestId, Guid expertId, CancellationToken cancellationToken)
    {
        var (_, _, terms) = await StaffingTermsLoading.LoadAsync(db, staffingRequestId, cancellationToken);
        var checks = await StaffingFitChecks.CheckAsync(db, terms, [expertId], clock.UtcNow, cancellationToken);
        if (checks.Count == 0)
            throw Refusal.NotFound("The expert");
        return checks[0].Reasons.Select(r => r.Reason).ToList();
    }
}
