using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Application.Timesheets;
using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Timesheets;
using ExpertNetwork.Infrastructure.Persistence;
using ExpertNetwork.IntegrationTests.Builders;
using ExpertNetwork.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.IntegrationTests.Timesheets;

/// <summary>The timesheet rules as the portal and the API apply them (one use case), and the program managers' review.</summary>
public abstract class TimesheetTests(DatabasesFixture databases, DatabaseProvider provider) : DatabaseTest(databases, provider)
{
    // The engagements run from 2026-03-23 for six weeks (to 2026-05-03) at 10 h a week: a 60 h cap.
    private static readonly DateOnly Monday = new(2026, 3, 30);

    private sealed record Staffed(Project Project, Expert Expert, Engagement First, Engagement Second, Expert Other, Engagement OthersEngagement);

    /// <summary>Two experts; the first with engagements on two projects, the second on the first project. The clock stands on Wednesday 1 April.</summary>
    private async Task<Staffed> StaffedAsync(string zone = "Europe/Warsaw")
    {
        var taxonomy = TestTaxonomy.Create();
        var client = new ClientBuilder().Build();
        var project = new ProjectBuilder(client).Named("Oncology review").Build();
        var second = new ProjectBuilder(client).Named("Radiology review").Build();
        var expert = new ExpertBuilder().Named("Dr Ana Ruiz").WithEmail("ana.ruiz@example.com").LivingIn("ES", zone).Build();
        var other = new ExpertBuilder().Named("Dr Ben Okafor").WithEmail("ben.okafor@example.com").Build();
        var requestOne = new StaffingRequestBuilder(project, taxonomy.Oncology).Build();
        var requestTwo = new StaffingRequestBuilder(second, taxonomy.Oncology).Build();
        Engagement Accepted(Expert who, Domain.Staffing.StaffingRequest request)
        {
            var engagement = Engagement.Propose(who.Id, request, new Dictionary<Activity, Money> { [Activity.Review] = new(150m, "USD") }, 1, Clock.UtcNow);
            engagement.Offer(Clock.UtcNow.AddDays(3), Clock.UtcNow);
            engagement.Accept(who.FullName, true, null, null, new string('a', 64), Clock.UtcNow);
            return engagement;
        }
        var first = Accepted(expert, requestOne);
        var onSecond = Accepted(expert, requestTwo);
        var others = Accepted(other, requestOne);
        await SaveAsync([.. taxonomy.All, client, project, second, expert, other, requestOne, requestTwo, first, onSecond, others]);
        Clock.Set(new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc));
        return new Staffed(project, expert, first, onSecond, other, others);
    }

    private static TimeEntryInput Hours(Engagement engagement, DateOnly day, decimal hours, Guid? sprintId = null) => new()
    {
        EngagementId = engagement.Id, WorkDate = day, Activity = Activity.Review, Hours = hours, SprintId = sprintId, Note = "Reviewed cases",
    };

    private Task<Guid> LogAsync(Guid? expertId, TimeEntryInput input, Guid? entryId = null, int? version = null) =>
        App.RunAsync(s => s.Get<SaveTimeEntryHandler>().HandleAsync(new SaveTimeEntryCommand(expertId, entryId, version, input), Cancellation));

    private Task<List<TimeEntry>> EntriesAsync() => ReadAsync(db => db.TimeEntries.OrderBy(t => t.WorkDate).ThenBy(t => t.Id).ToListAsync(Cancellation));

    private async Task RefusedAsync(Func<Task> act, string containing)
    {
        var before = (await EntriesAsync()).Select(t => (t.Id, t.Version, t.Hours)).ToList();
        var ex = await Should.ThrowAsync<Refusal>(act);
        ex.Message.ShouldContain(containing);
        (await EntriesAsync()).Select(t => (t.Id, t.Version, t.Hours)).ToList().ShouldBe(before);
    }

    private async Task<AnnotationSprint> SprintAsync(Project project, bool close)
    {
        var sprint = AnnotationSprint.Schedule(project, "Week 14 sprint", Monday, new TimeOnly(9, 0), Monday.AddDays(4), new TimeOnly(17, 0), 40, null, TestClock.Start);
        sprint.StartIfDue(Clock.UtcNow);
        if (close)
            sprint.Close(Clock.UtcNow);
        await SaveAsync(sprint);
        return sprint;
    }

    [Fact]
    public async Task Logged_hours_are_submitted_and_count_against_the_engagement_in_the_portal()
    {
        var staffed = await StaffedAsync();
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 7.75m));

        var entry = (await EntriesAsync()).ShouldHaveSingleItem();
        entry.Status.ShouldBe(TimeEntryStatus.Submitted);
        entry.Hours.ShouldBe(7.75m);
        var portal = (await App.RunAsync(s => s.Get<GetPortalHandler>().HandleAsync(new GetPortalQuery(staffed.Expert.Id), Cancellation))).ShouldNotBeNull();
        var engagement = portal.Engagements.Single(e => e.Id == staffed.First.Id);
        engagement.HoursUsed.ShouldBe(7.75m);
        engagement.HoursCap.ShouldBe(60m);
        portal.Entries.ShouldHaveSingleItem().Stage.ShouldBe(TimeEntryStage.Submitted);
        portal.Engagements.ShouldNotContain(e => e.Id == staffed.OthersEngagement.Id);
    }

    [Fact]
    public async Task More_than_24_hours_in_a_day_across_engagements_is_refused_and_nothing_is_saved()
    {
        var staffed = await StaffedAsync();
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 16m));
        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.Second, Monday, 8.25m)), "a day has at most 24");
        await LogAsync(staffed.Expert.Id, Hours(staffed.Second, Monday, 8m));
        (await EntriesAsync()).Sum(t => t.Hours).ShouldBe(24m);
    }

    [Fact]
    public async Task A_day_outside_the_engagement_window_is_refused()
    {
        var staffed = await StaffedAsync();
        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, new DateOnly(2026, 3, 20), 2m)), "outside the engagement");
    }

    [Fact]
    public async Task Hours_beyond_the_engagement_cap_are_refused()
    {
        var staffed = await StaffedAsync();
        Clock.Set(new DateTime(2026, 4, 20, 10, 0, 0, DateTimeKind.Utc));
        for (var day = 0; day < 5; day++)
            await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(day), 12m));
        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(7), 0.25m)), "above its cap of 60");
    }

    [Fact]
    public async Task Hours_for_a_closed_sprint_are_refused()
    {
        var staffed = await StaffedAsync();
        var sprint = await SprintAsync(staffed.Project, close: true);
        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 2m, sprint.Id)), "does not take hours");
    }

    [Fact]
    public async Task Hours_for_a_running_sprint_are_logged_against_it()
    {
        var staffed = await StaffedAsync();
        var sprint = await SprintAsync(staffed.Project, close: false);
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 2m, sprint.Id));
        (await EntriesAsync()).ShouldHaveSingleItem().SprintId.ShouldBe(sprint.Id);
    }

    [Fact]
    public async Task Hours_that_are_not_quarter_hours_are_refused()
    {
        var staffed = await StaffedAsync();
        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 1.1m)), "quarter hours");
    }

    [Fact]
    public async Task A_day_in_the_future_of_the_experts_time_zone_is_refused_but_today_there_is_accepted()
    {
        // 23:30 UTC on 1 April is already 2 April in Tokyo, and still 1 April in Warsaw.
        var staffed = await StaffedAsync("Asia/Tokyo");
        Clock.Set(new DateTime(2026, 4, 1, 23, 30, 0, DateTimeKind.Utc));
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, new DateOnly(2026, 4, 2), 1m));
        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, new DateOnly(2026, 4, 3), 1m)), "in the future");
    }

    [Fact]
    public async Task Concurrent_submissions_for_one_day_never_add_up_to_more_than_24_hours()
    {
        var staffed = await StaffedAsync();
        var attempts = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            try
            {
                await LogAsync(staffed.Expert.Id, Hours(i % 2 == 0 ? staffed.First : staffed.Second, Monday, 8m));
                return true;
            }
            catch (Refusal rule) when (rule.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);

        results.Count(saved => saved).ShouldBe(3);
        (await EntriesAsync()).Sum(t => t.Hours).ShouldBe(24m);
    }

    [Fact]
    public async Task Concurrent_submissions_on_one_engagement_never_pass_its_cap()
    {
        var staffed = await StaffedAsync();
        Clock.Set(new DateTime(2026, 4, 20, 10, 0, 0, DateTimeKind.Utc));
        for (var day = 0; day < 4; day++)
            await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(day), 12m));
        // 48 of 60 hours used: of three 8-hour days submitted at once, one fits.
        var attempts = Enumerable.Range(0, 3).Select(i => Task.Run(async () =>
        {
            try
            {
                await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(7 + i), 8m));
                return true;
            }
            catch (Refusal rule) when (rule.Kind is RefusalKind.Invalid or RefusalKind.Conflict)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);

        results.Count(saved => saved).ShouldBe(1);
        (await EntriesAsync()).Sum(t => t.Hours).ShouldBe(56m);
    }

    [Fact]
    public async Task A_correction_at_an_old_version_is_refused_as_changed_by_someone_else()
    {
        var staffed = await StaffedAsync();
        var id = await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 2m));
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 3m), id, 0);
        await Should.ThrowAsync<Refusal>(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 4m), id, 0));
        (await EntriesAsync()).ShouldHaveSingleItem().Hours.ShouldBe(3m);
    }

    [Fact]
    public async Task Another_experts_engagement_and_entries_are_out_of_reach()
    {
        var staffed = await StaffedAsync();
        var othersEntry = await LogAsync(staffed.Other.Id, Hours(staffed.OthersEngagement, Monday, 2m));

        await Should.ThrowAsync<Refusal>(() => LogAsync(staffed.Expert.Id, Hours(staffed.OthersEngagement, Monday, 1m)));
        await Should.ThrowAsync<Refusal>(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 1m), othersEntry, 0));
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<DeleteTimeEntryHandler>().HandleAsync(new DeleteTimeEntryCommand(staffed.Expert.Id, othersEntry, 0), Cancellation)));
        (await EntriesAsync()).ShouldHaveSingleItem().Hours.ShouldBe(2m);
        (await App.RunAsync(s => s.Get<GetPortalFileHandler>().HandleAsync(new GetPortalFileQuery(staffed.Expert.Id, PortalFileKind.Contract, staffed.OthersEngagement.Id), Cancellation))).ShouldBeNull();
    }

    [Fact]
    public async Task Approved_hours_are_locked_against_change_and_deletion()
    {
        var staffed = await StaffedAsync();
        var id = await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 2m));
        await App.RunAsync(s => s.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([new ReviewedEntry(id, 0)], Approve: true), Cancellation));
        var approved = (await EntriesAsync()).ShouldHaveSingleItem();
        approved.Status.ShouldBe(TimeEntryStatus.Approved);
        approved.ReviewedBy.ShouldBe(Actor.Name);

        await RefusedAsync(() => LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 3m), id, approved.Version), "locked");
        await RefusedAsync(() => App.RunAsync(s => s.Get<DeleteTimeEntryHandler>().HandleAsync(new DeleteTimeEntryCommand(staffed.Expert.Id, id, approved.Version), Cancellation)), "locked");
        await RefusedAsync(() => App.RunAsync(s => s.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([new ReviewedEntry(id, approved.Version)], Approve: false, "Too many"), Cancellation)), "Only submitted hours");
    }

    [Fact]
    public async Task Rejected_hours_carry_the_reason_and_a_correction_submits_them_again()
    {
        var staffed = await StaffedAsync();
        var id = await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 6m));
        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([new ReviewedEntry(id, 0)], Approve: false, " "), Cancellation)));
        await App.RunAsync(s => s.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([new ReviewedEntry(id, 0)], Approve: false, "The sprint covered 4 hours that day."), Cancellation));

        var portal = (await App.RunAsync(s => s.Get<GetPortalHandler>().HandleAsync(new GetPortalQuery(staffed.Expert.Id), Cancellation)))!;
        var rejected = portal.Entries.ShouldHaveSingleItem();
        rejected.Stage.ShouldBe(TimeEntryStage.Rejected);
        rejected.RejectionReason.ShouldBe("The sprint covered 4 hours that day.");
        rejected.Editable.ShouldBeTrue();
        portal.Engagements.Single(e => e.Id == staffed.First.Id).HoursUsed.ShouldBe(0m);

        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 4m), id, rejected.Version);
        var corrected = (await EntriesAsync()).ShouldHaveSingleItem();
        corrected.Status.ShouldBe(TimeEntryStatus.Submitted);
        corrected.RejectionReason.ShouldBeNull();
    }

    [Fact]
    public async Task Bulk_approval_is_all_or_nothing_when_one_entry_changed_since_the_queue_was_read()
    {
        var staffed = await StaffedAsync();
        var a = await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 2m));
        var b = await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(1), 3m));
        var c = await LogAsync(staffed.Other.Id, Hours(staffed.OthersEngagement, Monday, 4m));
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(1), 2.5m), b, 0);

        await Should.ThrowAsync<Refusal>(() => App.RunAsync(s => s.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([new ReviewedEntry(a, 0), new ReviewedEntry(b, 0), new ReviewedEntry(c, 0)], Approve: true), Cancellation)));
        (await EntriesAsync()).ShouldAllBe(t => t.Status == TimeEntryStatus.Submitted);

        var queue = await App.RunAsync(s => s.Get<GetApprovalQueueHandler>().HandleAsync(new GetApprovalQueueQuery(null, null), Cancellation));
        var items = queue.Groups.SelectMany(g => g.Items).ToList();
        items.Count.ShouldBe(3);
        items.Single(i => i.Id == b).Corrected.ShouldBeTrue();
        var approved = await App.RunAsync(s => s.Get<ReviewTimeEntriesHandler>().HandleAsync(new ReviewTimeEntriesCommand([.. items.Select(i => new ReviewedEntry(i.Id, i.Version))], Approve: true), Cancellation));
        approved.ShouldBe(3);
        (await EntriesAsync()).ShouldAllBe(t => t.Status == TimeEntryStatus.Approved);
        (await App.RunAsync(s => s.Get<GetApprovalQueueHandler>().HandleAsync(new GetApprovalQueueQuery(null, null), Cancellation))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task The_queue_flags_a_week_over_the_commitment_and_a_sprint_total_far_above_the_others()
    {
        var staffed = await StaffedAsync();
        var sprint = await SprintAsync(staffed.Project, close: false);
        await LogAsync(staffed.Other.Id, Hours(staffed.OthersEngagement, Monday, 2m, sprint.Id));
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday, 6m, sprint.Id));
        await LogAsync(staffed.Expert.Id, Hours(staffed.First, Monday.AddDays(1), 6m, sprint.Id));

        var queue = await App.RunAsync(s => s.Get<GetApprovalQueueHandler>().HandleAsync(new GetApprovalQueueQuery(staffed.Project.Id, null), Cancellation));
        var group = queue.Groups.ShouldHaveSingleItem();
        group.SprintName.ShouldBe("Week 14 sprint");
        group.Items.Where(i => i.ExpertName == "Dr Ben Okafor").ShouldHaveSingleItem().Flags.ShouldBeEmpty();
        var flagged = group.Items.Where(i => i.ExpertName == "Dr Ana Ruiz").ToList();
        flagged.Count.ShouldBe(2);
        flagged.ShouldAllBe(i => i.Flags.Count == 2);
        flagged[0].Flags[0].ShouldBe("12 h in the week of 2026-03-30, over the weekly commitment of 10 h");
        flagged[0].Flags[1].ShouldContain("12 h in this sprint, more than 2× the others' average of 2 h");
    }

    [Fact]
    public async Task The_api_list_filters_by_project_sprint_and_status_a_page_at_a_time()
    {
        var staffed = await StaffedAsync();
        await LogAsync(null, Hours(staffed.First, Monday, 1m));
        await LogAsync(null, Hours(staffed.First, Monday.AddDays(1), 2m));
        await LogAsync(null, Hours(staffed.Second, Monday, 3m));

        var page = await App.RunAsync(s => s.Get<ListTimeEntriesHandler>().HandleAsync(new ListTimeEntriesQuery(staffed.Project.Id, null, TimeEntryStatus.Submitted, 1, 1), Cancellation));
        page.TotalCount.ShouldBe(2);
        page.Items.ShouldHaveSingleItem().WorkDate.ShouldBe(Monday.AddDays(1));
        (await App.RunAsync(s => s.Get<ListTimeEntriesHandler>().HandleAsync(new ListTimeEntriesQuery(null, null, TimeEntryStatus.Approved, 1, 25), Cancellation))).TotalCount.ShouldBe(0);
    }
}
