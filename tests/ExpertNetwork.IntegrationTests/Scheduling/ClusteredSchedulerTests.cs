using System.Collections.Concurrent;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.Infrastructure.Time;
using ExpertNetwork.Infrastructure.Scheduling;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace ExpertNetwork.IntegrationTests.Scheduling;

/// <summary>
/// Two app nodes, each composed with the production scheduling registration, against one fresh server database:
/// Quartz provisions its tables, both schedulers check in to one cluster, and every trigger firing runs on one node.
/// </summary>
public abstract class ClusteredSchedulerTests(DatabasesFixture databases, DatabaseProvider provider)
{
    private const int Triggers = 3;
    private const int FiringsPerTrigger = 5;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_nodes_provision_the_schema_join_one_cluster_and_run_each_firing_on_exactly_one_node()
    {
        var settings = await databases.CreateDatabaseAsync(provider, "expertnetwork_cluster", Cancellation);
        (await QuartzTablesAsync(settings)).ShouldBeEmpty();

        await using var nodeA = await Node.StartAsync(settings);
        await using var nodeB = await Node.StartAsync(settings);

        (await QuartzTablesAsync(settings)).ShouldContain(t => t.Equals("qrtz_scheduler_state", StringComparison.OrdinalIgnoreCase));
        var schedulerA = await nodeA.SchedulerAsync();
        var schedulerB = await nodeB.SchedulerAsync();
        schedulerA.SchedulerName.ShouldBe(SchedulingRegistration.InstanceName);
        schedulerB.SchedulerName.ShouldBe(SchedulingRegistration.InstanceName);
        schedulerA.SchedulerInstanceId.ShouldNotBe(schedulerB.SchedulerInstanceId);
        (await schedulerA.GetMetadata(Cancellation)).JobStoreClustered.ShouldBeTrue();

        // Both nodes check in to the cluster table under the one scheduler name.
        // A node's first check-in runs on its cluster thread shortly after start, so on a busy machine it is waited for.
        var checkedIn = await CheckedInAsync(settings);
        for (var wait = 0; checkedIn.Count < 2 && wait < 100; wait++)
        {
            await Task.Delay(200, Cancellation);
            checkedIn = await CheckedInAsync(settings);
        }
        checkedIn.ShouldBe([schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId], ignoreOrder: true);

        // Triggers scheduled through node A live in the shared store; either node may fire them.
        var run = Guid.NewGuid().ToString("N");
        var job = JobBuilder.Create<ClusterProbeJob>().WithIdentity("cluster-probe-" + run).UsingJobData(ClusterProbeJob.RunKey, run).StoreDurably().Build();
        await schedulerA.AddJob(job, cancellationToken: Cancellation);
        var triggerKeys = Enumerable.Range(0, Triggers).Select(t => new TriggerKey($"cluster-probe-{run}-{t}")).ToList();
        foreach (var triggerKey in triggerKeys)
        {
            await schedulerB.ScheduleJob(TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(job.Key)
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(400)).WithRepeatCount(FiringsPerTrigger - 1))
                .Build(), cancellationToken: Cancellation);
        }

        var expected = Triggers * FiringsPerTrigger;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (ClusterProbeJob.Firings(run).Count < expected && DateTime.UtcNow < deadline)
            await Task.Delay(200, Cancellation);
        // Then until nothing more can fire: the store drops a trigger only once its last firing's job has completed,
        // so when every trigger is gone a firing that ran twice would already be counted.
        while (!await FinishedAsync() && DateTime.UtcNow < deadline)
            await Task.Delay(100, Cancellation);
        (await FinishedAsync()).ShouldBeTrue("every trigger completes");

        async Task<bool> FinishedAsync()
        {
            foreach (var triggerKey in triggerKeys)
            {
                if (await schedulerA.GetTriggerState(triggerKey, Cancellation) != TriggerState.None)
                    return false;
            }
            return true;
        }

        var firings = ClusterProbeJob.Firings(run);
        firings.Count.ShouldBe(expected);
        firings.Select(f => (f.Trigger, f.ScheduledUtc)).Distinct().Count().ShouldBe(expected, "each firing runs once, on one node");
        firings.Select(f => f.Node).ShouldAllBe(n => n == schedulerA.SchedulerInstanceId || n == schedulerB.SchedulerInstanceId);
    }

    private static async Task<List<string>> QuartzTablesAsync(DatabaseSettings settings)
    {
        await using var db = Context(settings);
        return await db.Database
            .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE lower(table_name) LIKE 'qrtz%'")
            .ToListAsync(Cancellation);
    }

    private static async Task<List<string>> CheckedInAsync(DatabaseSettings settings)
    {
        await using var db = Context(settings);
        return await db.Database
            .SqlQueryRaw<string>("SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state WHERE sched_name = {0}", SchedulingRegistration.InstanceName)
            .ToListAsync(Cancellation);
    }

    private static ExpertNetworkDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<ExpertNetworkDbContext>();
        DatabaseSetup.Configure(options, settings);
        return new ExpertNetworkDbContext(options.Options, new SystemActor("integration-tests"), new SystemClock());
    }

    /// <summary>One app node: a host with the app's services and the production scheduling registration, started.</summary>
    private sealed class Node : IAsyncDisposable
    {
        private readonly IHost _host;

        private Node(IHost host) => _host = host;

        public static async Task<Node> StartAsync(DatabaseSettings settings)
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            AppServices.Compose(builder.Services, settings, new TestClock(), new TestActor());
            builder.Services.AddScheduling(settings, builder.Configuration);
            builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
            var host = builder.Build();
            await host.StartAsync(Cancellation);
            return new Node(host);
        }

        public async Task<IScheduler> SchedulerAsync() =>
            await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Cancellation)
            ?? throw new InvalidOperationException("The node has no scheduler.");

        public async ValueTask DisposeAsync()
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }
    }
}

/// <summary>Records which node ran each firing; the run id keeps parallel test classes apart.</summary>
public sealed class ClusterProbeJob : IJob
{
    public const string RunKey = "run";

    private static readonly ConcurrentDictionary<string, ConcurrentQueue<(string Node, string Trigger, DateTimeOffset? ScheduledUtc)>> Runs = new();

    public static List<(string Node, string Trigger, DateTimeOffset? ScheduledUtc)> Firings(string run) =>
        Runs.TryGetValue(run, out var firings) ? [.. firings] : [];

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var run = context.MergedJobDataMap.GetString(RunKey) ?? "?";
        Runs.GetOrAdd(run, _ => new()).Enqueue((context.Scheduler.SchedulerInstanceId, context.Trigger.Key.Name, context.ScheduledFireTimeUtc));
        return ValueTask.CompletedTask;
    }
}
