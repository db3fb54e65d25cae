using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

public sealed record DeleteTimeEntryCommand(Guid ExpertId, Guid EntryId, int Version);

/// <summary>An expert removes hours that are not approved yet (submitted or rejected), at the version they saw.</summary>
public sealed class DeleteTimeEntryHandler(IAppDbContext db)
{
    public async Task HandleAsync(DeleteTimeEntryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (expertId, entryId, version) = (command.ExpertId, command.EntryId, command.Version);
        var entry = await db.TimeEntries.SingleOrDefaultAsync(t => t.Id == entryId && t.ExpertId == expertId, cancellationToken)
            ?? throw Refusal.Conflict("Those hours no longer exist.");
        if (entry.Version != version)
            throw Refusal.Stale("This time entry");
        entry.Withdraw();
        var expert = await db.Experts.SingleAsync(x => x.Id == expertId, cancellationToken);
        expert.NoteHoursChanged();
        db.TimeEntries.Remove(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This time entry");
        }
    }
}
