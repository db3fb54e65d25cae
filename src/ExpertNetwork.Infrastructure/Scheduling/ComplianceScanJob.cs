using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>The daily compliance scan: expiries stamped, reminders queued once per item and threshold.</summary>
[DisallowConcurrentExecution]
public sealed class ComplianceScanJob(IServiceScopeFactory scopes, JobJournal journal, IClock clock, ILogger<ComplianceScanJob> logger)
    : JournaledJob(journal, clock, logger)
{
    public const string JobName = "compliance-scan";
    public const string DefaultSchedule = "0 0 5 * * ?";

    public override string Name => JobName;
    public override string Description => "Marks expired credentials and NDAs and mails experts whose credential or NDA expires soon";

    protected override async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RunComplianceScanHandler>().HandleAsync(cancellationToken);
        return result.ToString();
    }
}
