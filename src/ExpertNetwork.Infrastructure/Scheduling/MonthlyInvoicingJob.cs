using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Invoicing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>Drafts the previous month's invoices and payout statements and tells finance they are ready (once per month, see RunMonthlyInvoicingHandler).</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyInvoicingJob(IServiceScopeFactory scopes, JobJournal journal, IClock clock, ILogger<MonthlyInvoicingJob> logger)
    : JournaledJob(journal, clock, logger)
{
    public const string JobName = "monthly-invoicing";

    public override string Name => JobName;
    public override string Description => "Drafts last month's invoices and payout statements and mails finance that they are ready";

    protected override async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RunMonthlyInvoicingHandler>().HandleAsync(cancellationToken);
        return result.ToString();
    }
}
