using ExpertNetwork.Application.Invoicing;
using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Budgets;

/// <summary>Every active project against its budget, the most used first: finance's budgets page.</summary>
public sealed class ListProjectBudgetsHandler(IAppDbContext db, IClock clock, FinanceOptions finance)
{
    public async Task<IReadOnlyList<ProjectBudget>> HandleAsync(CancellationToken cancellationToken)
    {
        var computed = await ProjectBudgets.ComputeAsync(db, p => p.Status == ProjectStatus.Active, finance.Today(clock.UtcNow), withBurn: false, cancellationToken);
        return computed.Select(c => c.Figures)
            .OrderByDescending(f => f.Budget > 0 ? f.Spent / f.Budget : 0m).ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
    }
}
