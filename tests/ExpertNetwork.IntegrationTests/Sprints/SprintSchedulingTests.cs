using System.Text;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Messaging;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Sprints;

public abstract partial class SprintSchedulingTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    private sealed record Staffed(Project Project, Expert[] Experts, Engagement[] Engagements);

    private sealed record Invite(string Subject, string Method, CalendarEvent Event, string ToAddress);

    /// <summary>An active project in <paramref name="zone"/> with one accepted engagement (60 h cap) per expert.</summary>
    private async Task<Staffed> StaffedProjectAsync(string zone, params Expert[] experts)
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).InZone(zone).Build();
        var request = new StaffingRequestBuilder(project, taxonomy.Oncology).Build();
        var engagements = experts.Select(e =>
        {
            var engagement = Engagement.Propose(e.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, Clock.UtcNow);
            engagement.Offer(Clock.UtcNow.AddDays(3), Clock.UtcNow);
            engagement.Accept(e.FullName, true, null, null, new string('a', 64), Clock.UtcNow);
            return engagement;
        }).ToArray();
        await SaveAsync([.. taxonomy.All, client, project, request, .. experts, .. engagements]);
        return new Staffed(project, experts, engagements);
    }

    private static SprintInput Input(Project project, string name, DateTime startLocal, DateTime endLocal, params (Engagement Engagement, decimal Hours)[] participants) => new()
    {
        ProjectId = project.Id,
        Name = name,
        StartDate = DateOnly.FromDateTime(startLocal),
        StartTime = TimeOnly.FromDateTime(startLocal),
        EndDate = DateOnly.FromDateTime(endLocal),
        EndTime = TimeOnly.FromDateTime(endLocal),
        TargetHours = 40,
        GuidelinesUrl = "https://docs.example.com/guidelines",
        Participants = participants.Select(p => new SprintParticipantInput { EngagementId = p.Engagement.Id, CommittedHours = p.Hours }).ToList(),
    };

    private Task<IReadOnlyList<Guid>> ScheduleAsync(SprintInput input) => App.RunAsync(s => s.Get<ScheduleSprintHandler>().HandleAsync(input, Cancellation));

    private Task<SprintSweepResult> SweepAsync() => App.RunAsync(s => s.Get<RunSprintSweepHandler>().HandleAsync(Cancellation));

    private Task<AnnotationSprint> SprintAsync(Guid id) => ReadAsync(db => db.Sprints.Include(s => s.Participants).SingleAsync(s => s.Id == id, Cancellation));

    private Task<List<OutboxMessage>> MailAsync() =>
        ReadAsync(db => db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync(Cancellation));

    private async Task<List<Invite>> CalendarMailAsync()
    {
        var invites = new List<Invite>();
        foreach (var message in await MailAsync())
        {
            var part = message.Attachments.SingleOrDefault(a => a.ContentType.StartsWith("text/calendar", StringComparison.Ordinal));
            if (part is null)
                continue;
            var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(part.Content)).ShouldNotBeNull();
            invites.Add(new Invite(message.Subject, calendar.Method!, calendar.Events.ShouldHaveSingleItem(), message.ToAddress));
        }
        return invites;
    }

    [Fact]
    public async Task A_sprint_across_the_spring_change_in_Warsaw_is_invited_at_the_right_utc_instants_and_reminds_half_way_in_elapsed_time()
    {
        var zofia = new ExpertBuilder().Named("Zofia Nowak").WithEmail("zofia@example.org").LivingIn("PL", "Europe/Warsaw").Build();
        var staffed = await StaffedProjectAsync("Europe/Warsaw", zofia);
        // 09:00 CET on Friday 27 March to 17:00 CEST on Monday 30 March 2026: clocks go forward on the 29th.
        var id = (await ScheduleAsync(Input(staffed.Project, "Spring review", new DateTime(2026, 3, 27, 9, 0, 0), new DateTime(2026, 3, 30, 17, 0, 0), (staffed.Engagements[0], 12m))))[0];

        (await SweepAsync()).Invitations.ShouldBe(1);

        var invite = (await CalendarMailAsync()).ShouldHaveSingleItem();
        invite.Method.ShouldBe("REQUEST");
        invite.ToAddress.ShouldBe("zofia@example.org");
        invite.Event.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 3, 27, 8, 0, 0, DateTimeKind.Utc));
        invite.Event.DtEnd!.AsUtc.ShouldBe(new DateTime(2026, 3, 30, 15, 0, 0, DateTimeKind.Utc));
        invite.Event.DtStart.TzId.ShouldBe("Europe/Warsaw");
        invite.Event.Sequence.ShouldBe(0);

        var sprint = await SprintAsync(id);
        sprint.StartUtc.ShouldBe(new DateTime(2026, 3, 27, 8, 0, 0, DateTimeKind.Utc));
        // 79 hours of elapsed time (one hour fewer than the wall clock says): half-way is 23:30 UTC on the 28th.
        sprint.MidpointUtc.ShouldBe(new DateTime(2026, 3, 28, 23, 30, 0, DateTimeKind.Utc));

        Clock.Set(new DateTime(2026, 3, 27, 8, 0, 0, DateTimeKind.Utc));
        (await SweepAsync()).Started.ShouldBe(1);
        Clock.Set(sprint.MidpointUtc.AddMinutes(-1));
        (await SweepAsync()).MidSprintReminders.ShouldBe(0);
        Clock.Set(sprint.MidpointUtc);
        (await SweepAsync()).MidSprintReminders.ShouldBe(1);
        Clock.Set(sprint.EndUtc.AddMinutes(-1));
        (await SweepAsync()).TimesheetReminders.ShouldBe(0);
        Clock.Set(sprint.EndUtc);
        (await SweepAsync()).TimesheetReminders.ShouldBe(1);

        (await MailAsync()).Select(m => m.Subject).ShouldBe([
            "Invitation: Spring review",
            "Spring review is half-way: no hours logged yet",
            "Your timesheet for 27 March 2026 to 30 March 2026 is due",
        ]);
        // Each carries its own one-time sign-in link into the portal (a click then a POST signs in; a scanner's GET does
        // not), working for Portal:MailLinkHours (72 by default) from when the mail was queued.
        var tokens = (await MailAsync()).Select(m => PortalLink().Match(m.TextBody)).ToList();
        tokens.ShouldAllBe(t => t.Success);
        tokens.Select(t => t.Groups[1].Value).Distinct().Count().ShouldBe(3);
        var links = await ReadAsync(db => db.PortalSignInLinks.OrderBy(l => l.CreatedUtc).ToListAsync(Cancellation));
        links.Count.ShouldBe(3);
        links.ShouldAllBe(l => l.UsedUtc == null && l.ExpiresUtc - l.CreatedUtc == TimeSpan.FromHours(72));
    }

    [Fact]
    public async Task A_sprint_across_the_autumn_change_in_New_York_is_invited_at_the_right_utc_instants()
    {
        var sam = new ExpertBuilder().Named("Sam Ortiz").WithEmail("sam@example.org").LivingIn("US", "America/Chicago").Build();
        var staffed = await StaffedProjectAsync("America/New_York", sam);
        // 09:00 EDT on Friday 30 October to 17:00 EST on Monday 2 November 2026: clocks go back on 1 November.
        var id = (await ScheduleAsync(Input(staffed.Project, "Autumn review", new DateTime(2026, 10, 30, 9, 0, 0), new DateTime(2026, 11, 2, 17, 0, 0), (staffed.Engagements[0], 12m))))[0];

        await SweepAsync();

        var invite = (await CalendarMailAsync()).ShouldHaveSingleItem();
        invite.Event.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 10, 30, 13, 0, 0, DateTimeKind.Utc));
        invite.Event.DtEnd!.AsUtc.ShouldBe(new DateTime(2026, 11, 2, 22, 0, 0, DateTimeKind.Utc));
        var sprint = await SprintAsync(id);
        // 81 hours of elapsed time: half-way is 05:30 UTC on 1 November.
        sprint.MidpointUtc.ShouldBe(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc));
        sprint.EndUtc.ShouldBe(new DateTime(2026, 11, 2, 22, 0, 0, DateTimeKind.Utc));
        // The mail says the times in the expert's own zone (Chicago), an hour behind New York.
        (await MailAsync()).ShouldHaveSingleItem().TextBody.ShouldContain("Starts: 30 October 2026, 08:00 (America/Chicago");
    }

    [Fact]
    public async Task After_a_restart_mid_sprint_every_mail_has_still_gone_exactly_once()
    {
        var staffed = await StaffedProjectAsync("Europe/Warsaw",
            new ExpertBuilder().WithEmail("a@example.org").Build(), new ExpertBuilder().WithEmail("b@example.org").Build());
        var id = (await ScheduleAsync(Input(staffed.Project, "Restart sprint", new DateTime(2026, 3, 23, 9, 0, 0), new DateTime(2026, 3, 26, 17, 0, 0),
            (staffed.Engagements[0], 8m), (staffed.Engagements[1], 8m))))[0];
        var sprint = await SprintAsync(id);
        Clock.Set(sprint.MidpointUtc.AddMinutes(5));

        (await SweepAsync()).ShouldBe(new SprintSweepResult(1, 2, 0, 2, 0, 0));

        // A new host over the same database, as after a restart (or on another node).
        await using (var restarted = AppServices.Create(Database.Settings, Clock, Actor))
        {
            var again = await restarted.RunAsync(s => s.Get<RunSprintSweepHandler>().HandleAsync(Cancellation));
            again.ShouldBe(new SprintSweepResult(0, 0, 0, 0, 0, 0));
        }

        var mail = await MailAsync();
        mail.Count(m => m.Subject.StartsWith("Invitation:", StringComparison.Ordinal)).ShouldBe(2);
        mail.Count(m => m.Subject.Contains("half-way", StringComparison.Ordinal)).ShouldBe(2);
        mail.Select(m => m.ToAddress).Distinct().Order().ShouldBe(["a@example.org", "b@example.org"]);
    }

    [Fact]
    public async Task Two_sweeps_running_at_once_send_each_mail_once()
    {
        var experts = Enumerable.Range(1, 4).Select(n => new ExpertBuilder().WithEmail($"e{n}@example.org").Build()).ToArray();
        var staffed = await StaffedProjectAsync("Europe/Warsaw", experts);
        await ScheduleAsync(Input(staffed.Project, "Busy sprint", new DateTime(2026, 3, 23, 9, 0, 0), new DateTime(2026, 3, 26, 17, 0, 0),
            staffed.Engagements.Select(e => (e, 6m)).ToArray()));
        await using var other = AppServices.Create(Database.Settings, Clock, Actor);

        var results = await Task.WhenAll(
            Task.Run(SweepAsync, Cancellation),
            Task.Run(() => other.RunAsync(s => s.Get<RunSprintSweepHandler>().HandleAsync(Cancellation)), Cancellation));
        await SweepAsync(); // whatever a run that lost a race left for later

        var invitations = (await MailAsync()).Where(m => m.Subject.StartsWith("Invitation:", StringComparison.Ordinal)).ToList();
        invitations.Count.ShouldBe(4);
        invitations.Select(m => m.ToAddress).Distinct().Count().ShouldBe(4);
        results.Sum(r => r.Invitations).ShouldBe(4);
        (await ReadAsync(db => db.SprintNotices.CountAsync(Cancellation))).ShouldBe(4);
    }

    [Fact]
    public async Task Rescheduling_sends_an_update_with_a_higher_sequence_and_cancelling_sends_a_cancellation()
    {
        var staffed = await StaffedProjectAsync("Europe/Warsaw", new ExpertBuilder().WithEmail("x@example.org").LivingIn("PL", "Europe/Warsaw").Build());
        var id = (await ScheduleAsync(Input(staffed.Project, "Moving sprint", new DateTime(2026, 4, 6, 9, 0, 0), new DateTime(2026, 4, 8, 17, 0, 0), (staffed.Engagements[0], 8m))))[0];
        await SweepAsync();

        var sprint = await SprintAsync(id);
        await App.RunAsync(s => s.Get<RescheduleSprintHandler>().HandleAsync(new RescheduleSprintCommand(id, sprint.Version, new SprintTimesInput
        {
            Name = "Moving sprint", StartDate = new DateOnly(2026, 4, 7), StartTime = new TimeOnly(10, 0), EndDate = new DateOnly(2026, 4, 9), EndTime = new TimeOnly(16, 0), TargetHours = 40,
        }), Cancellation));
        (await SweepAsync()).Invitations.ShouldBe(1);
        (await SweepAsync()).Invitations.ShouldBe(0);

        sprint = await SprintAsync(id);
        await App.RunAsync(s => s.Get<CancelSprintHandler>().HandleAsync(new CancelSprintCommand(id, sprint.Version, "The client postponed the study."), Cancellation));
        (await SweepAsync()).Cancellations.ShouldBe(1);
        (await SweepAsync()).Cancellations.ShouldBe(0);

        var mail = await CalendarMailAsync();
        mail.Select(m => (m.Method, m.Event.Sequence)).ShouldBe([("REQUEST", 0), ("REQUEST", 1), ("CANCEL", 2)]);
        mail.Select(m => m.Event.Uid).Distinct().ShouldHaveSingleItem();
        mail[1].Subject.ShouldBe("Updated: Invitation: Moving sprint");
        mail[1].Event.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 4, 7, 8, 0, 0, DateTimeKind.Utc));
        mail[2].Subject.ShouldBe("Cancelled: Moving sprint");
        mail[2].Event.Status.ShouldBe("CANCELLED");
        (await MailAsync())[^1].TextBody.ShouldContain("The client postponed the study.");
    }

    [Fact]
    public async Task Taking_an_expert_off_sends_them_a_cancellation_and_putting_them_back_a_new_invitation()
    {
        var staffed = await StaffedProjectAsync("Europe/Warsaw",
            new ExpertBuilder().WithEmail("stays@example.org").Build(), new ExpertBuilder().WithEmail("moves@example.org").Build());
        var id = (await ScheduleAsync(Input(staffed.Project, "Team sprint", new DateTime(2026, 4, 6, 9, 0, 0), new DateTime(2026, 4, 8, 17, 0, 0),
            (staffed.Engagements[0], 8m), (staffed.Engagements[1], 8m))))[0];
        await SweepAsync();

        await App.RunAsync(async s => await s.Get<RemoveSprintParticipantHandler>().HandleAsync(new RemoveSprintParticipantCommand(id, (await SprintAsync(id)).Version, staffed.Engagements[1].Id), Cancellation));
        (await SweepAsync()).ShouldBe(new SprintSweepResult(0, 0, 1, 0, 0, 0));
        await App.RunAsync(async s => await s.Get<AddSprintParticipantHandler>().HandleAsync(new AddSprintParticipantCommand(id, (await SprintAsync(id)).Version,
            new SprintParticipantInput { EngagementId = staffed.Engagements[1].Id, CommittedHours = 4m }), Cancellation));
        (await SweepAsync()).ShouldBe(new SprintSweepResult(0, 1, 0, 0, 0, 0));

        var mail = await CalendarMailAsync();
        mail.Where(m => m.ToAddress == "stays@example.org").Select(m => (m.Method, m.Event.Sequence)).ShouldBe([("REQUEST", 0)]);
        mail.Where(m => m.ToAddress == "moves@example.org").Select(m => (m.Method, m.Event.Sequence)).ShouldBe([("REQUEST", 0), ("CANCEL", 1), ("REQUEST", 2)]);
    }

    [Fact]
    public async Task A_sprint_starts_at_its_start_and_a_participant_who_logged_hours_gets_no_mid_sprint_reminder()
    {
        var staffed = await StaffedProjectAsync("Europe/Warsaw",
            new ExpertBuilder().WithEmail("busy@example.org").Build(), new ExpertBuilder().WithEmail("quiet@example.org").Build());
        var id = (await ScheduleAsync(Input(staffed.Project, "Logging sprint", new DateTime(2026, 4, 6, 9, 0, 0), new DateTime(2026, 4, 10, 17, 0, 0),
            (staffed.Engagements[0], 8m), (staffed.Engagements[1], 8m))))[0];
        var sprint = await SprintAsync(id);
        Clock.Set(sprint.StartUtc.AddSeconds(-1));
        (await SweepAsync()).Started.ShouldBe(0);
        Clock.Set(sprint.StartUtc);
        (await SweepAsync()).Started.ShouldBe(1);
        (await SprintAsync(id)).Status.ShouldBe(SprintStatus.Running);

        sprint = await SprintAsync(id);
        await SaveAsync(TimeEntry.Log(staffed.Engagements[0], sprint, new DateOnly(2026, 4, 6), Activity.Review, 2.5m, null, Clock.UtcNow));
        Clock.Set(sprint.MidpointUtc);
        (await SweepAsync()).MidSprintReminders.ShouldBe(1);

        (await MailAsync()).Where(m => m.Subject.Contains("half-way", StringComparison.Ordinal)).ShouldHaveSingleItem().ToAddress.ShouldBe("quiet@example.org");
    }

    [Fact]
    public async Task A_commitment_beyond_an_experts_weekly_capacity_with_overlapping_sprints_is_refused_by_name()
    {
        var expert = new ExpertBuilder().Named("Dr Ines Weber").WithWeeklyCapacity(10m).Build();
        var staffed = await StaffedProjectAsync("Europe/Warsaw", expert);
        await ScheduleAsync(Input(staffed.Project, "First sprint", new DateTime(2026, 4, 6, 9, 0, 0), new DateTime(2026, 4, 10, 17, 0, 0), (staffed.Engagements[0], 8m)));

        var refused = await Should.ThrowAsync<Refusal>(() =>
            ScheduleAsync(Input(staffed.Project, "Second sprint", new DateTime(2026, 4, 8, 9, 0, 0), new DateTime(2026, 4, 9, 17, 0, 0), (staffed.Engagements[0], 4m))));

        refused.Message.ShouldBe("Dr Ines Weber can give 10 h a week, but Second sprint would need 12 h a week from them together with First sprint. Commit fewer hours or choose another expert.");
        (await ReadAsync(db => db.Sprints.CountAsync(Cancellation))).ShouldBe(1);
        // The week after is free.
        await ScheduleAsync(Input(staffed.Project, "Later sprint", new DateTime(2026, 4, 13, 9, 0, 0), new DateTime(2026, 4, 14, 17, 0, 0), (staffed.Engagements[0], 10m)));
    }

    [Fact]
    public async Task A_weekly_series_is_scheduled_as_separate_sprints_a_week_apart_or_not_at_all()
    {
        var expert = new ExpertBuilder().Named("Dr Kai Berg").WithWeeklyCapacity(10m).Build();
        var staffed = await StaffedProjectAsync("Europe/Warsaw", expert);
        var series = Input(staffed.Project, "Weekly review", new DateTime(2026, 3, 24, 9, 0, 0), new DateTime(2026, 3, 24, 17, 0, 0), (staffed.Engagements[0], 6m));
        series.RepeatWeeks = 4;
        // Week 3 (7 April) collides with a sprint the expert is already committed to.
        await ScheduleAsync(Input(staffed.Project, "Deep dive", new DateTime(2026, 4, 6, 9, 0, 0), new DateTime(2026, 4, 8, 17, 0, 0), (staffed.Engagements[0], 5m)));

        var refused = await Should.ThrowAsync<Refusal>(() => ScheduleAsync(series));
        refused.Message.ShouldStartWith("Dr Kai Berg can give 10 h a week, but Weekly review (week 3 of 4) would need 11 h a week");
        (await ReadAsync(db => db.Sprints.CountAsync(Cancellation))).ShouldBe(1);

        series.RepeatWeeks = 2;
        var ids = await ScheduleAsync(series);

        var sprints = await ReadAsync(db => db.Sprints.Where(s => ids.Contains(s.Id)).OrderBy(s => s.StartUtc).ToListAsync(Cancellation));
        sprints.Select(s => s.Name).ShouldBe(["Weekly review (week 1 of 2)", "Weekly review (week 2 of 2)"]);
        sprints.Select(s => s.StartDate).ShouldBe([new DateOnly(2026, 3, 24), new DateOnly(2026, 3, 31)]);
        // Same wall-clock time either side of the change to summer time: 08:00 UTC, then 07:00 UTC.
        sprints.Select(s => s.StartUtc.Hour).ShouldBe([8, 7]);
    }

    [Fact]
    public async Task Sprints_are_listed_by_project_and_status_with_hours_per_participant()
    {
        var staffed = await StaffedProjectAsync("Europe/Warsaw", new ExpertBuilder().Named("Lena Ito").LivingIn("JP", "Asia/Tokyo").Build());
        var ids = await ScheduleAsync(Input(staffed.Project, "Listed sprint", new DateTime(2026, 4, 6, 9, 0, 0), new DateTime(2026, 4, 8, 17, 0, 0), (staffed.Engagements[0], 7.5m)));

        var page = await App.RunAsync(s => s.Get<ListSprintsHandler>().HandleAsync(new SprintFilter(staffed.Project.Id, SprintStatus.Scheduled), Cancellation));
        page.TotalCount.ShouldBe(1);
        page.Items[0].ParticipantCount.ShouldBe(1);
        (await App.RunAsync(s => s.Get<ListSprintsHandler>().HandleAsync(new SprintFilter(staffed.Project.Id, SprintStatus.Running), Cancellation))).TotalCount.ShouldBe(0);

        var detail = (await App.RunAsync(s => s.Get<GetSprintHandler>().HandleAsync(new GetSprintQuery(ids[0]), Cancellation))).ShouldNotBeNull();
        var participant = detail.Participants.ShouldHaveSingleItem();
        participant.CommittedHours.ShouldBe(7.5m);
        participant.LoggedHours.ShouldBe(0m);
        participant.TimeZoneId.ShouldBe("Asia/Tokyo");
        participant.StartLocal.ShouldBe(new DateTime(2026, 4, 6, 16, 0, 0)); // 09:00 in Warsaw (CEST) is 16:00 in Tokyo
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/portal/link/([A-Za-z0-9_-]{43})")]
    private static partial System.Text.RegularExpressions.Regex PortalLink();
}
