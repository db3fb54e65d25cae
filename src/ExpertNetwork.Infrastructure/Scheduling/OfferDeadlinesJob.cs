using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Staffing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>Every few minutes: offers past their deadline expire, and experts whose offer ends soon are reminded once.</summary>
[DisallowConcurrentExecution]
public sealed class OfferDeadlinesJob(IServiceScopeFactory scopes, JobJournal journal, IClock clock, ILogger<OfferDeadlinesJob> logger)
    : JournaledJob(journal, clock, logger)
{
    public const string JobName = "offer-deadlines";

    public override string Name => JobName;
    public override string Description => "Expires unanswered offers past their deadline, reminds experts before it and sends auto-backfill waves";

    protected override async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RunOfferDeadlinesHandler>().HandleAsync(cancellationToken);
        var backfill = await scope.ServiceProvider.GetRequiredService<BackfillStaffingHandler>().HandleAsync(new BackfillStaffingCommand(result.RequestsShortOfOffers), cancellationToken);
        return $"{result}; {backfill}";
    }
}
