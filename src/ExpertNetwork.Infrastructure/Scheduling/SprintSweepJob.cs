using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Sprints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>
/// The sprint sweep: starts sprints whose time has come and sends invitations, updates, cancellations and reminders
/// that are due and not yet sent. Everything it does is derived from the database each run, so nothing is lost across a
/// restart and nothing is sent twice (see docs/decisions/0011).
/// </summary>
[DisallowConcurrentExecution]
public sealed class SprintSweepJob(IServiceScopeFactory scopes, JobJournal journal, IClock clock, ILogger<SprintSweepJob> logger)
    : JournaledJob(journal, clock, logger)
{
    public const string JobName = "sprint-sweep";
    public const int DefaultIntervalSeconds = 60;

    public override string Name => JobName;
    public override string Description => "Starts due sprints and sends sprint invitations, updates, cancellations and reminders";

    protected override async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RunSprintSweepHandler>().HandleAsync(cancellationToken);
        return result.ToString();
    }
}
