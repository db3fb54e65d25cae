using ExpertNetwork.Application.Invoicing;

namespace ExpertNetwork.Application.Budgets;

public sealed record GetProjectBudgetQuery(Guid ProjectId);

/// <summary>One project's budget panel: figures, burn per week and the warnings sent; null when there is no such project.</summary>
public sealed class GetProjectBudgetHandler(IAppDbContext db, IClock clock, FinanceOptions finance)
{
    public async Task<ProjectBudgetDetail?> HandleAsync(GetProjectBudgetQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var projectId = query.ProjectId;
        var computed = await ProjectBudgets.ComputeAsync(db, p => p.Id == projectId, finance.Today(clock.UtcNow), withBurn: true, cancellationToken);
        return computed is [var one] ? new ProjectBudgetDetail(one.Figures, one.Burn, one.Warnings) : null;
    }
}
