using ExpertNetwork.Application.Budgets;
using ExpertNetwork.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>
/// The budget watch: warns finance and program managers once when a project's spend passes 80% and 100% of its budget.
/// Approvals check their projects at once; this sweep catches everything else (a budget lowered, an invoice issued, a
/// check that lost a race), and a durable notice per project and threshold keeps every warning to one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BudgetWatchJob(IServiceScopeFactory scopes, JobJournal journal, IClock clock, ILogger<BudgetWatchJob> logger)
    : JournaledJob(journal, clock, logger)
{
    public const string JobName = "budget-watch";

    public override string Name => JobName;
    public override string Description => "Warns finance and program managers when a project passes 80% and 100% of its budget";

    protected override async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RunBudgetWatchHandler>().HandleAsync(new RunBudgetWatchCommand(), cancellationToken);
        return result.ToString();
    }
}
