using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Infrastructure.Scheduling;

namespace ExpertNetwork.Web.Models;

public sealed record JobRow(string Name, string Description, JobStatus? Status, DateTime? PreviousFireUtc, DateTime? NextFireUtc);

public sealed record JobsViewModel(bool SchedulerRunning, string? SchedulerName, IReadOnlyList<JobRow> Jobs);

/// <summary>The administration overview: mail queue counts, jobs and how many templates differ from the shipped files.</summary>
public sealed record AdminOverviewViewModel(
    IReadOnlyDictionary<OutboxStatus, int> MailCounts, IReadOnlyList<JobRow> Jobs, bool SchedulerRunning, int Templates, int EditedTemplates)
{
    public int MailWaiting => MailCounts.GetValueOrDefault(OutboxStatus.Pending) + MailCounts.GetValueOrDefault(OutboxStatus.Sending);

    public int MailNeedingAttention => MailCounts.GetValueOrDefault(OutboxStatus.DeadLettered) + MailCounts.GetValueOrDefault(OutboxStatus.Ambiguous);

    public int FailingJobs => Jobs.Count(j => j.Status?.LastErrorUtc is { } error && (j.Status.LastStartedUtc is null || error >= j.Status.LastStartedUtc));
}
