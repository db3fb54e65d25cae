using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Timesheets;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>An expert removes hours that are not approved yet (submitted or rejected), at the version they saw.</summary>
public sealed class DeleteTimeEntryHandler(IAppDbContext db)
{
    public async Task HandleAsync(Guid expertId, Guid entryId, int version, CancellationToken cancellationToken)
    {
        var entry = await db.TimeEntries.SingleOrDefaultAsync(t => t.Id == entryId && t.ExpertId == expertId, cancellationToken)
            ?? throw Refusal.NotFound("The time entry");
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
