using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>Sends due outbox messages in batches until none are due (bounded per run).</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(IServiceScopeFactory scopes, EmailOptions options, JobJournal journal, IClock clock, ILogger<OutboxDispatchJob> logger)
    : JournaledJob(journal, clock, logger)
{
    public const string JobName = "outbox-dispatch";
    public const int MaxBatchesPerRun = 50;

    public override string Name => JobName;
    public override string Description => "Sends queued email (retries with backoff, dead-letters permanent failures)";

    protected override async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        int sent = 0, deferred = 0, dead = 0, ambiguous = 0;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(options.DispatchBatchSize, cancellationToken);
            sent += result.Sent;
            deferred += result.Deferred;
            dead += result.DeadLettered;
            ambiguous += result.Ambiguous;
            if (result.Claimed < options.DispatchBatchSize)
                break;
        }
        return $"{sent} sent, {deferred} deferred, {dead} dead-lettered, {ambiguous} ambiguous";
    }
}
