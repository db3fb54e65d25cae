using System.Diagnostics;
using ExpertNetwork.Application.Common;
using Microsoft.Extensions.Logging;
using Quartz;

namespace ExpertNetwork.Infrastructure.Scheduling;

/// <summary>
/// A job is a thin adapter over an application handler: it runs the handler, records the outcome in the
/// journal, and never lets an exception kill the trigger (the next run retries; the error is shown to admins).
/// </summary>
public abstract partial class JournaledJob(JobJournal journal, IClock clock, ILogger logger) : IJob
{
    public abstract string Name { get; }
    public abstract string Description { get; }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var started = clock.UtcNow;
        var watch = Stopwatch.StartNew();
        try
        {
            var summary = await RunAsync(cancellationToken);
            journal.Succeeded(Name, Description, started, watch.Elapsed, summary);
            // Which node ran which firing: with several nodes, each scheduled time appears in one node's log only.
            LogRan(logger, Name, context.ScheduledFireTimeUtc, context.Scheduler.SchedulerInstanceId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            journal.Failed(Name, Description, started, watch.Elapsed, ex.Message);
            LogFailed(logger, Name, ex);
        }
    }

    protected abstract Task<string> RunAsync(CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} ran the firing scheduled for {ScheduledUtc:O} on scheduler instance {Instance}")]
    private static partial void LogRan(ILogger logger, string job, DateTimeOffset? scheduledUtc, string instance);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
