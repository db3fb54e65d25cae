using ExpertNetwork.Application.Budgets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>One entry to review, at the version the reviewer saw.</summary>
public sealed record ReviewedEntry(Guid Id, int Version);

/// <summary>Approve the entries (no <paramref name="RejectionReason"/>), or reject them with the reason the expert reads.</summary>
public sealed record ReviewTimeEntriesCommand(IReadOnlyCollection<ReviewedEntry> Entries, bool Approve, string? RejectionReason = null);

/// <summary>
/// A program manager approves or rejects submitted hours, one or many at once. All or nothing: when any entry was
/// changed since the queue was read (the expert corrected or deleted it) or is no longer submitted, nothing is saved
/// and the message says which. Approved hours add to their projects' spend, so the budget watch looks at those projects
/// straight away (after the approval is saved, in its own transaction) instead of at its next scheduled run.
/// </summary>
public sealed class ReviewTimeEntriesHandler(IAppDbContext db, ICurrentActor actor, IClock clock, RunBudgetWatchHandler budgetWatch)
{
    public const int MaxBatch = 200;

    public async Task<int> HandleAsync(ReviewTimeEntriesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var entries = command.Entries ?? [];
        string? reason = null;
        if (!command.Approve)
        {
            reason = command.RejectionReason;
            if (string.IsNullOrWhiteSpace(reason))
                throw Refusal.Invalid("Give the expert a reason for the rejection: they see it next to the hours.", nameof(command.RejectionReason));
            if (reason.Trim().Length > TextLimits.Reason)
                throw Refusal.Invalid($"The rejection reason can be at most {TextLimits.Reason} characters.", nameof(command.RejectionReason));
        }
        if (entries.Count == 0)
            throw Refusal.Invalid("Select at least one entry.", nameof(command.Entries));
        if (entries.Count > MaxBatch)
            throw Refusal.Invalid($"At most {MaxBatch} entries can be reviewed at once.", nameof(command.Entries));
        var ids = entries.Select(e => e.Id).Distinct().ToList();
        var loaded = await db.TimeEntries.Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        if (loaded.Count != ids.Count)
            throw Refusal.Stale(ids.Count == 1 ? "This entry" : "One of the selected entries");
        var now = clock.UtcNow;
        foreach (var item in entries.DistinctBy(e => e.Id))
        {
            var entry = loaded.Single(t => t.Id == item.Id);
            if (entry.Version != item.Version)
                throw Refusal.Stale($"The entry of {entry.WorkDate:yyyy-MM-dd} ({entry.Hours:0.##} h)");
            db.Entry(entry).Property(t => t.Version).OriginalValue = item.Version;
            if (reason is null)
                entry.Approve(actor.Name, now);
            else
                entry.Reject(actor.Name, reason, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale(ids.Count == 1 ? "This entry" : "One of the selected entries");
        }
        if (reason is null)
            await budgetWatch.HandleAsync(new RunBudgetWatchCommand(loaded.Select(t => t.ProjectId).ToList()), cancellationToken);
        return loaded.Count;
    }
}
