using ExpertNetwork.Infrastructure.Invoicing;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>
/// Quartz hosted in the app. SQLite: in-memory store, one node. SQL Server / PostgreSQL: Quartz's persistent
/// store in clustered mode (its tables are provisioned on first start), so several nodes share the triggers and
/// each firing runs on exactly one node. Jobs also claim their work atomically, so even a double firing is harmless.
/// </summary>
public static class SchedulingRegistration
{
    public const string InstanceName = "ExpertNetwork";

    public static IReadOnlyList<(JobKey Key, string Description)> Jobs { get; } =
    [
        (new JobKey(OutboxDispatchJob.JobName), "Sends queued email"),
        (new JobKey(ComplianceScanJob.JobName), "Marks expiries and sends expiry reminders (daily)"),
        (new JobKey(OfferDeadlinesJob.JobName), "Expires unanswered offers, sends deadline reminders and auto-backfill waves"),
        (new JobKey(SprintSweepJob.JobName), "Starts sprints and sends sprint invitations and reminders"),
        (new JobKey(MonthlyInvoicingJob.JobName), "Drafts last month's invoices and payout statements (monthly)"),
        (new JobKey(BudgetWatchJob.JobName), "Warns finance and program managers at 80% and 100% of a project's budget"),
    ];

    public static IServiceCollection AddScheduling(this IServiceCollection services, DatabaseSettings settings, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton<JobJournal>();
        if (!configuration.GetValue("Scheduling:Enabled", true))
            return services;
        var scanSchedule = configuration["Compliance:ScanSchedule"] is { Length: > 0 } cron ? cron.Trim() : ComplianceScanJob.DefaultSchedule;
        if (!CronExpression.TryParse(scanSchedule, out _))
            throw new ConfigurationException(
                $"Compliance:ScanSchedule '{scanSchedule}' is not a Quartz cron expression (seconds minutes hours day month weekday), such as {ComplianceScanJob.DefaultSchedule}.");
        var offerDeadlinesEvery = TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Staffing:OfferJobIntervalMinutes", 5), 1, 1440));
        var sweepEvery = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Sprints:SweepIntervalSeconds", SprintSweepJob.DefaultIntervalSeconds), 5, 3600));
        var finance = FinanceRegistration.Read(configuration);
        var monthlyRun = finance.MonthlyRunCron;
        var budgetWatchEvery = TimeSpan.FromMinutes(finance.BudgetWatchMinutes);
        var dispatchEvery = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Email:DispatchIntervalSeconds", 10), 1, 3600));
        // Embedded: one node, memory store; a unique name keeps several hosts in one process (tests) apart.
        // Servers: every node uses the same name, which is what makes them one cluster.
        var name = settings.IsEmbedded ? $"{InstanceName}-{Guid.NewGuid():N}" : InstanceName;
        services.AddQuartz(name, q =>
        {
            if (!settings.IsEmbedded)
            {
                q.UsePersistentStore(store =>
                {
                    store.UseSystemTextJsonSerializer(_ => { });
                    store.UseClustering(_ => { });
                    if (settings.Provider == DatabaseProvider.PostgreSql)
                        store.UsePostgres(settings.ConnectionString);
                    else
                        store.UseSqlServer(settings.ConnectionString);
                    store.ProvisionSchema();
                });
            }
            var dispatch = new JobKey(OutboxDispatchJob.JobName);
            q.AddJob<OutboxDispatchJob>(j => j.WithIdentity(dispatch).WithDescription("Sends queued email").DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(dispatch).WithIdentity(OutboxDispatchJob.JobName + "-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(dispatchEvery).RepeatForever()));
            var scan = new JobKey(ComplianceScanJob.JobName);
            q.AddJob<ComplianceScanJob>(j => j.WithIdentity(scan).WithDescription("Marks expiries and sends expiry reminders").DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(scan).WithIdentity(ComplianceScanJob.JobName + "-trigger")
                .WithCronSchedule(scanSchedule, c => c.InTimeZone(TimeZoneInfo.Utc)));
            var deadlines = new JobKey(OfferDeadlinesJob.JobName);
            q.AddJob<OfferDeadlinesJob>(j => j.WithIdentity(deadlines).WithDescription("Expires unanswered offers, sends deadline reminders and auto-backfill waves").DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(deadlines).WithIdentity(OfferDeadlinesJob.JobName + "-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(offerDeadlinesEvery).RepeatForever()));
            var sweep = new JobKey(SprintSweepJob.JobName);
            q.AddJob<SprintSweepJob>(j => j.WithIdentity(sweep).WithDescription("Starts sprints and sends sprint invitations and reminders").DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(sweep).WithIdentity(SprintSweepJob.JobName + "-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(sweepEvery).RepeatForever()));
            var invoicing = new JobKey(MonthlyInvoicingJob.JobName);
            q.AddJob<MonthlyInvoicingJob>(j => j.WithIdentity(invoicing).WithDescription("Drafts last month's invoices and payout statements").DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(invoicing).WithIdentity(MonthlyInvoicingJob.JobName + "-trigger")
                .WithCronSchedule(monthlyRun, c => c.InTimeZone(finance.Zone)));
            var budgetWatch = new JobKey(BudgetWatchJob.JobName);
            q.AddJob<BudgetWatchJob>(j => j.WithIdentity(budgetWatch).WithDescription("Warns finance and program managers at 80% and 100% of a project's budget").DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(budgetWatch).WithIdentity(BudgetWatchJob.JobName + "-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(budgetWatchEvery).RepeatForever()));
        });
        // A named scheduler's factory is a keyed service; the app has one scheduler, and the admin jobs page (and
        // anything else) asks for it without a key.
        services.AddSingleton<ISchedulerFactory>(sp => sp.GetRequiredKeyedService<ISchedulerFactory>(name));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
