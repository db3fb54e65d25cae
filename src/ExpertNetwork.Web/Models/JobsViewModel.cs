using ExpertNetwork.Infrastructure.Scheduling;

namespace ExpertNetwork.Web.Models;

public sealed record JobRow(string Name, string Description, JobStatus? Status, DateTime? PreviousFireUtc, DateTime? NextFireUtc);

public sealed record JobsViewModel(bool SchedulerRunning, string? SchedulerName, IReadOnlyList<JobRow> Jobs);
