using System.Collections.Concurrent;

namespace ExpertNetwork.Infrastructure.Scheduling;

public sealed record JobStatus(
    string Name, string Description, DateTime? LastStartedUtc, TimeSpan? LastDuration, string? LastSummary,
    string? LastError, DateTime? LastErrorUtc, long Runs, long Failures);

/// <summary>What each job did last on this node: shown to admins next to the scheduler's next fire time.</summary>
public sealed class JobJournal
{
    private readonly ConcurrentDictionary<string, JobStatus> _statuses = new(StringComparer.Ordinal);

    public void Succeeded(string name, string description, DateTime startedUtc, TimeSpan duration, string summary) =>
        _statuses.AddOrUpdate(name,
            _ => new JobStatus(name, description, startedUtc, duration, summary, null, null, 1, 0),
            (_, s) => s with { LastStartedUtc = startedUtc, LastDuration = duration, LastSummary = summary, Runs = s.Runs + 1 });

    public void Failed(string name, string description, DateTime startedUtc, TimeSpan duration, string error) =>
        _statuses.AddOrUpdate(name,
            _ => new JobStatus(name, description, startedUtc, duration, null, error, startedUtc, 1, 1),
            (_, s) => s with { LastStartedUtc = startedUtc, LastDuration = duration, LastError = error, LastErrorUtc = startedUtc, Runs = s.Runs + 1, Failures = s.Failures + 1 });

    public JobStatus? Find(string name) => _statuses.TryGetValue(name, out var status) ? status : null;
}
