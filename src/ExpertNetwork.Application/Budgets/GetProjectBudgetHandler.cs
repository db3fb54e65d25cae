using ExpertNetwork.Application.Common;

namespace ExpertNetwork.Application.Budgets;

/// <summary>One project's budget panel: figures, burn per week and the warnings sent; null when there is no such project.</summary>
public sealed class GetProjectBudgetHandler(IAppDbContext db, IClock clock)
{
    public async Task<ProjectBudgetDetail?> HandleAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var computed = await ProjectBudgets.ComputeAsync(db, p => p.Id == projectId, DateOnly.FromDateTime(clock.UtcNow), withBurn: true, cancellationToken);
        return computed is [var one] ? new ProjectBudgetDetail(one.Figures, one.Burn, one.Warnings) : null;
    }
}
