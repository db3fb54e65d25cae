using System.Globalization;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Portal;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

/// <summary>
/// The sprint sweep, run every minute by the scheduler. It starts sprints whose start has come, and brings what every
/// expert has been sent in line with the sprints as they are now: an invitation (iTIP REQUEST) to each participant, an
/// update with a higher SEQUENCE after a change of time, a cancellation (CANCEL) to an invited expert taken off a
/// sprint or whose sprint was cancelled, half-way through a running sprint a reminder to participants who have logged
/// nothing, and at its end a timesheet reminder. Each mail is written with a <see cref="SprintNotice"/> whose key is
/// unique, in the same transaction as its outbox row, so nothing is sent twice: not when the sweep runs again, not after
/// a restart, not when two nodes run it at once (the second insert fails and its transaction rolls back).
/// </summary>
public sealed class RunSprintSweepHandler(
    IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, ISprintCalendar calendar, IClock clock, SprintOptions options,
    Staffing.StaffingOptions links, Portal.PortalOptions portal)
{
    public const int BatchSize = 50;
    public const string InviteTemplate = "emails/sprint-invite";
    public const string CancelTemplate = "emails/sprint-cancelled";
    public const string MidSprintTemplate = "emails/sprint-reminder";
    public const string TimesheetTemplate = "emails/timesheet-reminder";

    /// <summary>How long after its end a sprint is still looked at (for its timesheet reminder); older ones are history.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    private sealed record NoticeRow(Guid SprintId, Guid EngagementId, Guid ExpertId, SprintNoticeKind Kind, int Sequence, int SprintSequence);

    private sealed record ExpertRow(Guid Id, string FullName, string Email, string TimeZoneId);

    private sealed class Tally
    {
        public int Invitations;
        public int Cancellations;
        public int MidSprint;
        public int Timesheets;

        public int Total => Invitations + Cancellations + MidSprint + Timesheets;

        public void Add(Tally other)
        {
            Invitations += other.Invitations;
            Cancellations += other.Cancellations;
            MidSprint += other.MidSprint;
            Timesheets += other.Timesheets;
        }
    }

    public async Task<SprintSweepResult> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var (started, startConflict) = await StartDueAsync(now, cancellationToken);
        if (startConflict)
            return new SprintSweepResult(started, 0, 0, 0, 0, 1);

        var tally = new Tally();
        var recent = now - Horizon;
        Guid? after = null;
        while (true)
        {
            var query = db.Sprints.AsNoTracking().Include(s => s.Participants)
                .Where(s => s.Status == SprintStatus.Scheduled || s.Status == SprintStatus.Running || s.EndUtc > recent);
            if (after is { } last)
                query = query.Where(s => s.Id.CompareTo(last) > 0);
            var batch = await query.OrderBy(s => s.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            after = batch[^1].Id;

            var ids = batch.Select(s => s.Id).ToList();
            var notices = await db.SprintNotices.AsNoTracking().Where(n => ids.Contains(n.SprintId))
                .Select(n => new NoticeRow(n.SprintId, n.EngagementId, n.ExpertId, n.Kind, n.Sequence, n.SprintSequence))
                .ToListAsync(cancellationToken);
            var expertIds = batch.SelectMany(s => s.Participants).Select(p => p.ExpertId).Concat(notices.Select(n => n.ExpertId)).Distinct().ToList();
            var experts = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id) && e.ErasedUtc == null)
                .Select(e => new ExpertRow(e.Id, e.FullName, e.Email, e.TimeZoneId))
                .ToDictionaryAsync(e => e.Id, cancellationToken);
            var logged = (await db.TimeEntries.AsNoTracking().Where(t => t.SprintId != null && ids.Contains(t.SprintId.Value))
                    .Select(t => new { SprintId = t.SprintId!.Value, t.EngagementId }).Distinct().ToListAsync(cancellationToken))
                .Select(t => (t.SprintId, t.EngagementId)).ToHashSet();
            var projectIds = batch.Select(s => s.ProjectId).Distinct().ToList();
            var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

            foreach (var sprint in batch)
            {
                var queued = new Tally();
                Plan(sprint, projects.GetValueOrDefault(sprint.ProjectId, string.Empty),
                    notices.Where(n => n.SprintId == sprint.Id).ToList(), experts, logged, now, queued);
                if (queued.Total == 0)
                    continue;
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another run saved the same notices first; its mails are the ones that go. This unit of work still
                    // holds the refused rows, so the rest waits for the next run.
                    return new SprintSweepResult(started, tally.Invitations, tally.Cancellations, tally.MidSprint, tally.Timesheets, 1);
                }
                tally.Add(queued);
            }
            if (batch.Count < BatchSize)
                break;
        }
        return new SprintSweepResult(started, tally.Invitations, tally.Cancellations, tally.MidSprint, tally.Timesheets, 0);
    }

    private async Task<(int Started, bool Conflict)> StartDueAsync(DateTime now, CancellationToken cancellationToken)
    {
        var started = 0;
        while (true)
        {
            var due = await db.Sprints.Where(s => s.Status == SprintStatus.Scheduled && s.StartUtc <= now)
                .OrderBy(s => s.StartUtc).Take(BatchSize).ToListAsync(cancellationToken);
            var changed = due.Count(s => s.StartIfDue(now));
            if (changed == 0)
                return (started, false);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return (started, true);
            }
            started += changed;
            if (due.Count < BatchSize)
                return (started, false);
        }
    }

    /// <summary>Queues what one sprint's experts are due and have not been sent, counting it in <paramref name="tally"/>.</summary>
    private void Plan(AnnotationSprint sprint, string projectName, List<NoticeRow> notices, Dictionary<Guid, ExpertRow> experts,
        HashSet<(Guid, Guid)> logged, DateTime now, Tally tally)
    {
        var present = sprint.Participants.ToDictionary(p => p.EngagementId);
        var pairs = present.Values.Select(p => new SprintParticipantRef(p.EngagementId, p.ExpertId))
            .Concat(notices.Select(n => new SprintParticipantRef(n.EngagementId, n.ExpertId)))
            .Distinct();
        foreach (var pair in pairs)
        {
            if (!experts.TryGetValue(pair.ExpertId, out var expert))
                continue;
            var mine = notices.Where(n => n.EngagementId == pair.EngagementId).ToList();
            var lastCalendar = mine.Where(n => n.Kind is SprintNoticeKind.Invite or SprintNoticeKind.Cancel).MaxBy(n => n.Sequence);
            var isParticipant = present.TryGetValue(pair.EngagementId, out var participant);
            var live = sprint.Status is SprintStatus.Scheduled or SprintStatus.Running && sprint.EndUtc > now;

            if (isParticipant && live && (lastCalendar is null || lastCalendar.Kind == SprintNoticeKind.Cancel || lastCalendar.SprintSequence < sprint.Sequence))
            {
                var sequence = lastCalendar is null ? sprint.Sequence : Math.Max(sprint.Sequence, lastCalendar.Sequence + 1);
                var update = lastCalendar is { Kind: SprintNoticeKind.Invite };
                Queue(sprint, pair, expert, SprintNoticeKind.Invite, sequence, now, InviteMail(sprint, projectName, participant!.CommittedHours, expert, sequence, update));
                tally.Invitations++;
            }
            else if (lastCalendar is { Kind: SprintNoticeKind.Invite } && (!isParticipant || sprint.Status == SprintStatus.Cancelled))
            {
                var sequence = Math.Max(sprint.Sequence, lastCalendar.Sequence + 1);
                Queue(sprint, pair, expert, SprintNoticeKind.Cancel, sequence, now, CancelMail(sprint, projectName, expert, sequence, removed: isParticipant is false));
                tally.Cancellations++;
            }

            if (!isParticipant)
                continue;
            if (sprint.Status == SprintStatus.Running && now >= sprint.MidpointUtc && now < sprint.EndUtc
                && !logged.Contains((sprint.Id, pair.EngagementId)) && mine.All(n => n.Kind != SprintNoticeKind.MidSprintReminder))
            {
                Queue(sprint, pair, expert, SprintNoticeKind.MidSprintReminder, 0, now, MidSprintMail(sprint, participant!.CommittedHours, expert));
                tally.MidSprint++;
            }
            if (sprint.Status is SprintStatus.Running or SprintStatus.Closed && now >= sprint.EndUtc && now - sprint.EndUtc < Horizon
                && mine.All(n => n.Kind != SprintNoticeKind.TimesheetReminder))
            {
                Queue(sprint, pair, expert, SprintNoticeKind.TimesheetReminder, 0, now, TimesheetMail(sprint, expert));
                tally.Timesheets++;
            }
        }
    }

    private void Queue(AnnotationSprint sprint, SprintParticipantRef pair, ExpertRow expert, SprintNoticeKind kind, int sequence, DateTime now, EmailMessage mail)
    {
        var messageId = outbox.Enqueue(mail);
        db.SprintNotices.Add(SprintNotice.Sent(sprint, pair, kind, sequence, messageId, now));
    }

    private EmailMessage InviteMail(AnnotationSprint sprint, string projectName, decimal committedHours, ExpertRow expert, int sequence, bool update)
    {
        var mail = templates.RenderEmail(InviteTemplate, new
        {
            expert = new { name = expert.FullName },
            sprint = SprintModel(sprint, expert),
            portal = new { url = PortalLinkFor(expert) },
            sender = new { name = options.SenderName },
        });
        var ics = calendar.Invite(CalendarEvent(sprint, projectName, committedHours, expert, sequence));
        return new EmailMessage(expert.Email, expert.FullName, update ? $"Updated: {mail.Subject}" : mail.Subject, mail.Html, mail.Text, [ics]);
    }

    private EmailMessage CancelMail(AnnotationSprint sprint, string projectName, ExpertRow expert, int sequence, bool removed)
    {
        var mail = templates.RenderEmail(CancelTemplate, new
        {
            expert = new { name = expert.FullName },
            sprint = new
            {
                title = sprint.Name,
                start = Instant(sprint.StartUtc),
                timeZone = expert.TimeZoneId,
                reason = removed ? "The programme team has changed who takes part, and you are no longer needed for it." : sprint.CancelReason,
            },
            sender = new { name = options.SenderName },
        });
        var ics = calendar.Cancel(CalendarEvent(sprint, projectName, 0, expert, sequence));
        return new EmailMessage(expert.Email, expert.FullName, mail.Subject, mail.Html, mail.Text, [ics]);
    }

    private EmailMessage MidSprintMail(AnnotationSprint sprint, decimal committedHours, ExpertRow expert)
    {
        var mail = templates.RenderEmail(MidSprintTemplate, new
        {
            expert = new { name = expert.FullName },
            sprint = new { title = sprint.Name, end = Instant(sprint.EndUtc), timeZone = expert.TimeZoneId, hours = committedHours, url = sprint.GuidelinesUrl },
            portal = new { url = PortalLinkFor(expert) },
            contact = new { email = options.ContactEmail },
            sender = new { name = options.SenderName },
        });
        return new EmailMessage(expert.Email, expert.FullName, mail.Subject, mail.Html, mail.Text);
    }

    private EmailMessage TimesheetMail(AnnotationSprint sprint, ExpertRow expert)
    {
        var mail = templates.RenderEmail(TimesheetTemplate, new
        {
            expert = new { name = expert.FullName },
            period = new { start = sprint.StartDate, end = sprint.EndDate },
            timesheet = new
            {
                dueDate = sprint.EndDate.AddDays(options.TimesheetDueDays),
                url = PortalLinkFor(expert),
            },
            sender = new { name = options.SenderName },
        });
        return new EmailMessage(expert.Email, expert.FullName, mail.Subject, mail.Html, mail.Text);
    }

    /// <summary>
    /// A one-time link into the portal for this mail, saved with it: one click signs the expert in (on a POST, never a
    /// scanner's GET) for Portal:MailLinkHours; after that the sign-in page sends a fresh one.
    /// </summary>
    private string PortalLinkFor(ExpertRow expert)
    {
        var (link, token) = PortalSignInLink.Issue(expert.Id, portal.MailLinkLifetime, clock.UtcNow);
        db.PortalSignInLinks.Add(link);
        return Portal.PortalLinks.For(links.LinkBaseUrl, token.Value);
    }

    private static object SprintModel(AnnotationSprint sprint, ExpertRow expert) => new
    {
        title = sprint.Name,
        start = Instant(sprint.StartUtc),
        end = Instant(sprint.EndUtc),
        timeZone = expert.TimeZoneId,
        location = (string?)null,
        url = sprint.GuidelinesUrl,
    };

    private static SprintCalendarEvent CalendarEvent(AnnotationSprint sprint, string projectName, decimal committedHours, ExpertRow expert, int sequence)
    {
        var description = $"Project: {projectName}."
            + (committedHours > 0 ? $" Your commitment: {committedHours.ToString("0.##", CultureInfo.InvariantCulture)} hours." : string.Empty)
            + (sprint.GuidelinesUrl is { } url ? $" Guidelines: {url}" : string.Empty);
        return new SprintCalendarEvent(sprint.Id, expert.Id, sequence, expert.Email, expert.FullName, sprint.Name, description,
            sprint.GuidelinesUrl is { } link ? new Uri(link) : null,
            sprint.StartDate.ToDateTime(sprint.StartTime), sprint.EndDate.ToDateTime(sprint.EndTime), sprint.TimeZoneId);
    }

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
