using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Timesheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>
/// A new entry (no <paramref name="EntryId"/>) or a correction of one (with the version it was read at). When
/// <paramref name="ExpertId"/> is set (the portal), only that expert's engagements and entries are reachable.
/// </summary>
public sealed record SaveTimeEntryCommand(Guid? ExpertId, Guid? EntryId, int? Version, TimeEntryInput Input);

/// <summary>
/// Logs or corrects hours, for the portal and the API alike. Besides the entry's own rules (quarter hours, the
/// engagement's window and rates, a running sprint that covers the day) it checks what needs the other entries: at most
/// 24 hours a day across all the expert's engagements, the engagement's hours cap, and no days in the future (in the
/// expert's time zone). Two submissions at once cannot both pass on stale totals: each save also bumps the expert's
/// version, the later save is refused by it and the whole decision is made again on fresh data in a new unit of work.
/// </summary>
public sealed class SaveTimeEntryHandler(IServiceScopeFactory scopes)
{
    private const int MaxAttempts = 10;

    public async Task<Guid> HandleAsync(SaveTimeEntryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var id = await AttemptAsync(scope.ServiceProvider, command, cancellationToken);
            if (id is not null)
                return id.Value;
        }
        throw Refusal.Conflict("Many hours are being saved for you at this moment. Nothing was saved: please submit again.");
    }

    private static async Task<Guid?> AttemptAsync(IServiceProvider services, SaveTimeEntryCommand command, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IAppDbContext>();
        var now = services.GetRequiredService<IClock>().UtcNow;
        var input = command.Input;
        if (input.EngagementId is not { } engagementId || input.WorkDate is not { } workDate || input.Activity is not { } activity || input.Hours is not { } hours)
            throw Refusal.Conflict("The engagement, the day, the kind of work and the hours are all needed.");

        TimeEntry? entry = null;
        if (command.EntryId is { } entryId)
        {
            entry = await db.TimeEntries.SingleOrDefaultAsync(t => t.Id == entryId && (command.ExpertId == null || t.ExpertId == command.ExpertId), cancellationToken)
                ?? throw Refusal.NotFound("The time entry");
            if (command.Version is { } version && entry.Version != version)
                throw Refusal.Stale("This time entry");
        }

        var engagement = await db.Engagements.Include(e => e.AgreedRates)
            .SingleOrDefaultAsync(e => e.Id == engagementId && (command.ExpertId == null || e.ExpertId == command.ExpertId), cancellationToken)
            ?? throw Refusal.NotFound("The engagement");
        var expert = await db.Experts.SingleAsync(x => x.Id == engagement.ExpertId, cancellationToken);
        var sprint = input.SprintId is { } sprintId
            ? await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sprintId, cancellationToken) ?? throw Refusal.NotFound("The sprint")
            : null;

        TimeEntry.EnsureValidHours(hours);
        TimeEntry.EnsureNotFuture(workDate, TimeZones.TodayIn(now, expert.TimeZoneId));
        var excluded = entry?.Id ?? Guid.Empty;
        // Hours are stored scaled (see the DbContext), so the totals are summed here rather than in SQL.
        var sameDay = await db.TimeEntries.AsNoTracking()
            .Where(t => t.ExpertId == expert.Id && t.WorkDate == workDate && t.Status != TimeEntryStatus.Rejected && t.Id != excluded)
            .Select(t => t.Hours).ToListAsync(cancellationToken);
        TimeEntry.EnsureDayTotal(workDate, sameDay.Sum(), hours);
        var onEngagement = await db.TimeEntries.AsNoTracking()
            .Where(t => t.EngagementId == engagement.Id && t.Status != TimeEntryStatus.Rejected && t.Id != excluded)
            .Select(t => t.Hours).ToListAsync(cancellationToken);
        TimeEntry.EnsureWithinCap(engagement.HoursCap, onEngagement.Sum(), hours);

        if (entry is null)
        {
            entry = TimeEntry.Log(engagement, sprint, workDate, activity, hours, input.Note, now);
            db.TimeEntries.Add(entry);
        }
        else
        {
            entry.Correct(engagement, sprint, workDate, activity, hours, input.Note, now);
        }
        expert.NoteHoursChanged();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        return entry.Id;
    }
}
