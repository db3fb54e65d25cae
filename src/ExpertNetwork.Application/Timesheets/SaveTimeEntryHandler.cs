using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>
/// A new entry (no <paramref name="EntryId"/>) or a correction of one (with the version it was read at). When
/// <paramref name="ExpertId"/> is set (the portal), only that expert's engagements and entries are reachable.
/// </summary>
public sealed record SaveTimeEntryCommand(Guid? ExpertId, Guid? EntryId, int? Version, TimeEntryInput Input);

/// <summary>
/// Logs or corrects hours, for the portal and the API alike. The entry decides every rule (<see cref="TimeEntry.Log"/>):
/// its own (quarter hours, the engagement's window and rates, a running sprint that covers the day) and those across
/// entries on the totals read here (<see cref="OtherHours"/>: at most 24 hours a day across all the expert's
/// engagements, the engagement's hours cap, no days in the future in the expert's time zone). Two submissions at once
/// cannot both pass on stale totals: each save also bumps the expert's version, the later save is refused by it and the
/// whole decision is made again on fresh data.
/// </summary>
public sealed class SaveTimeEntryHandler(FreshAttempts attempts)
{
    public const string BusyMessage = "Many hours are being saved for you at this moment. Nothing was saved: please submit again.";

    public const string NotYours = "That engagement or sprint is not one of yours (or no longer exists). Nothing was saved.";

    private static readonly FreshAttemptPolicy Policy = new("save time entry", 10, BusyMessage);

    public Task<Guid> HandleAsync(SaveTimeEntryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return attempts.RunAsync<Attempt, Guid>(Policy, (attempt, ct) => attempt.SaveAsync(command, ct), cancellationToken);
    }

    /// <summary>One decision on the data as it is now, in its own unit of work.</summary>
    internal sealed class Attempt(IAppDbContext db, IClock clock)
    {
        public async Task<Guid> SaveAsync(SaveTimeEntryCommand command, CancellationToken cancellationToken)
        {
            var now = clock.UtcNow;
            var input = command.Input;
            if (input.EngagementId is not { } engagementId || input.WorkDate is not { } workDate || input.Activity is not { } activity || input.Hours is not { } hours)
                throw Refusal.Invalid("The engagement, the day, the kind of work and the hours are all needed.");

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
                ?? throw Missing(command, "The engagement", nameof(TimeEntryInput.EngagementId));
            var expert = await db.Experts.SingleAsync(x => x.Id == engagement.ExpertId, cancellationToken);
            var sprint = input.SprintId is { } sprintId
                ? await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sprintId, cancellationToken) ?? throw Missing(command, "The sprint", nameof(TimeEntryInput.SprintId))
                : null;

            var excluded = entry?.Id ?? Guid.Empty;
            // Hours are stored scaled (see the DbContext), so the totals are summed here rather than in SQL.
            var sameDay = await db.TimeEntries.AsNoTracking()
                .Where(t => t.ExpertId == expert.Id && t.WorkDate == workDate && t.Status != TimeEntryStatus.Rejected && t.Id != excluded)
                .Select(t => t.Hours).ToListAsync(cancellationToken);
            var onEngagement = await db.TimeEntries.AsNoTracking()
                .Where(t => t.EngagementId == engagement.Id && t.Status != TimeEntryStatus.Rejected && t.Id != excluded)
                .Select(t => t.Hours).ToListAsync(cancellationToken);
            var others = new OtherHours(TimeZones.TodayIn(now, expert.TimeZoneId), sameDay.Sum(), onEngagement.Sum(), engagement.HoursCap);

            if (entry is null)
            {
                entry = TimeEntry.Log(engagement, sprint, workDate, activity, hours, input.Note, now, others);
                db.TimeEntries.Add(entry);
            }
            else
            {
                entry.Correct(engagement, sprint, workDate, activity, hours, input.Note, now, others);
            }
            expert.NoteHoursChanged();
            await db.SaveChangesAsync(cancellationToken);
            return entry.Id;
        }

        /// <summary>
        /// An engagement or sprint that does not exist: not found on the API; on the portal, where the expert chose it on
        /// the form, a choice that is not theirs to make.
        /// </summary>
        private static Refusal Missing(SaveTimeEntryCommand command, string what, string field) => command.ExpertId is null
            ? Refusal.NotFound(what)
            : Refusal.Invalid(NotYours, field);
    }
}
