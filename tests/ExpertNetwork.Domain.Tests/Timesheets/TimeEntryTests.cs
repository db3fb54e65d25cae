using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Tests.Builders;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Domain.Tests.Timesheets;

public sealed class TimeEntryTests
{
    private const string Reviewer = "pm@expertnetwork.test";
    private static readonly DateOnly Tuesday = new(2026, 3, 10);
    private static readonly DateTime Now = TestClock.Utc(2026, 3, 10, 18);

    private static Engagement ActiveEngagement() => new EngagementBuilder().Active().Build();

    private static TimeEntry Log(Engagement engagement, decimal hours = 7.5m, DateOnly? day = null, AnnotationSprint? sprint = null, Activity activity = Activity.Annotation) =>
        TimeEntry.Log(engagement, sprint, day ?? Tuesday, activity, hours, null, Now);

    [Fact]
    public void Logged_hours_are_submitted_for_review()
    {
        var engagement = ActiveEngagement();

        var entry = TimeEntry.Log(engagement, null, Tuesday, Activity.Review, 2.75m, "  Second-pass review ", Now);

        entry.Status.ShouldBe(TimeEntryStatus.Submitted);
        entry.ExpertId.ShouldBe(engagement.ExpertId);
        entry.ProjectId.ShouldBe(engagement.ProjectId);
        entry.Hours.ShouldBe(2.75m);
        entry.Note.ShouldBe("Second-pass review");
        entry.IsLocked.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(7.5)]
    [InlineData(24)]
    public void Hours_in_quarter_hours_up_to_a_full_day_are_accepted(double hours)
    {
        Log(ActiveEngagement(), (decimal)hours).Hours.ShouldBe((decimal)hours);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(7.3)]
    [InlineData(1.125)]
    public void Hours_that_are_not_quarter_hours_are_refused(double hours)
    {
        Should.Throw<Refusal>(() => Log(ActiveEngagement(), (decimal)hours))
            .Message.ShouldBe(TimeEntry.HoursRule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(24.25)]
    public void Zero_negative_or_more_than_24_hours_in_a_day_are_refused(double hours)
    {
        Should.Throw<Refusal>(() => Log(ActiveEngagement(), (decimal)hours))
            .Message.ShouldBe(TimeEntry.HoursRule);
    }

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026-04-13")]
    public void Hours_outside_the_engagement_window_are_refused(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Should.Throw<Refusal>(() => Log(ActiveEngagement(), day: date))
            .Message.ShouldBe($"{day} is outside the engagement (2026-03-02 to 2026-04-12).");
    }

    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-04-12")]
    public void Hours_on_the_first_and_last_day_of_the_engagement_are_accepted(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Log(ActiveEngagement(), day: date).WorkDate.ShouldBe(date);
    }

    [Fact]
    public void Hours_can_be_logged_on_an_accepted_engagement_before_it_starts()
    {
        Log(new EngagementBuilder().Accepted().Build()).Status.ShouldBe(TimeEntryStatus.Submitted);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Offered)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Cancelled)]
    public void Hours_cannot_be_logged_on_an_engagement_that_is_not_accepted_or_active(EngagementStatus status)
    {
        var engagement = new EngagementBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => Log(engagement))
            .Message.ShouldBe($"Hours cannot be logged on a {status.ToString().ToLowerInvariant()} engagement.");
    }

    [Fact]
    public void Hours_for_an_activity_without_an_agreed_rate_are_refused()
    {
        Should.Throw<Refusal>(() => Log(ActiveEngagement(), activity: Activity.RedTeaming))
            .Message.ShouldBe("No rate was agreed for RedTeaming on this engagement.");
    }

    [Fact]
    public void Hours_can_be_logged_against_a_running_sprint_of_the_project()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Running().Build();

        var entry = Log(new EngagementBuilder().OnProject(project).Active().Build(), sprint: sprint);

        entry.SprintId.ShouldBe(sprint.Id);
    }

    [Theory]
    [InlineData(SprintStatus.Scheduled)]
    [InlineData(SprintStatus.Closed)]
    [InlineData(SprintStatus.Cancelled)]
    public void A_sprint_that_is_not_running_does_not_take_hours(SprintStatus status)
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Named("Staging rubric").InStatus(status).Build();

        Should.Throw<Refusal>(() => Log(new EngagementBuilder().OnProject(project).Active().Build(), sprint: sprint))
            .Message.ShouldBe($"The sprint \"Staging rubric\" is {status.ToString().ToLowerInvariant()} and does not take hours.");
    }

    [Fact]
    public void Hours_outside_the_sprint_days_are_refused()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Named("Staging rubric").Running().Build();

        Should.Throw<Refusal>(() => Log(new EngagementBuilder().OnProject(project).Active().Build(), day: new DateOnly(2026, 3, 16), sprint: sprint))
            .Message.ShouldBe("2026-03-16 is outside the sprint \"Staging rubric\".");
    }

    [Fact]
    public void Hours_cannot_be_logged_against_another_projects_sprint()
    {
        var sprint = new SprintBuilder().Running().Build();

        Should.Throw<Refusal>(() => Log(ActiveEngagement(), sprint: sprint))
            .Message.ShouldBe("That sprint belongs to another project.");
    }

    [Fact]
    public void Approved_hours_are_locked()
    {
        var entry = new TimeEntryBuilder().Build();

        entry.Approve(Reviewer, Now);

        entry.Status.ShouldBe(TimeEntryStatus.Approved);
        entry.ReviewedBy.ShouldBe(Reviewer);
        entry.IsLocked.ShouldBeTrue();
    }

    [Fact]
    public void Rejected_hours_carry_the_reason()
    {
        var entry = new TimeEntryBuilder().Build();

        entry.Reject(Reviewer, "The sprint log shows 6 hours", Now);

        entry.Status.ShouldBe(TimeEntryStatus.Rejected);
        entry.RejectionReason.ShouldBe("The sprint log shows 6 hours");
        entry.IsLocked.ShouldBeFalse();
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var entry = new TimeEntryBuilder().Build();

        Should.Throw<Refusal>(() => entry.Reject(Reviewer, "", Now))
            .Message.ShouldBe("A rejection reason is required.");
        entry.Status.ShouldBe(TimeEntryStatus.Submitted);
    }

    [Theory]
    [InlineData(TimeEntryStatus.Approved)]
    [InlineData(TimeEntryStatus.Rejected)]
    public void Only_submitted_hours_can_be_approved_or_rejected(TimeEntryStatus status)
    {
        var entry = new TimeEntryBuilder().InStatus(status).Build();
        var lower = status.ToString().ToLowerInvariant();

        Should.Throw<Refusal>(() => entry.Approve(Reviewer, Now))
            .Message.ShouldBe($"Only submitted hours can be approved (these are {lower}).");
        Should.Throw<Refusal>(() => entry.Reject(Reviewer, "No", Now))
            .Message.ShouldBe($"Only submitted hours can be rejected (these are {lower}).");
        entry.Status.ShouldBe(status);
    }

    [Fact]
    public void Correcting_rejected_hours_submits_them_again()
    {
        var engagement = ActiveEngagement();
        var entry = new TimeEntryBuilder().For(engagement).Rejected().Build();

        entry.Correct(engagement, null, Tuesday, Activity.Annotation, 6m, "Corrected to match the log", Now.AddDays(1));

        entry.Status.ShouldBe(TimeEntryStatus.Submitted);
        entry.Hours.ShouldBe(6m);
        entry.RejectionReason.ShouldBeNull();
        entry.ReviewedBy.ShouldBeNull();
    }

    [Fact]
    public void Submitted_hours_can_be_corrected_before_review()
    {
        var engagement = ActiveEngagement();
        var entry = new TimeEntryBuilder().For(engagement).Build();

        entry.Correct(engagement, null, Tuesday.AddDays(1), Activity.Review, 3m, null, Now);

        entry.WorkDate.ShouldBe(Tuesday.AddDays(1));
        entry.Activity.ShouldBe(Activity.Review);
        entry.Status.ShouldBe(TimeEntryStatus.Submitted);
    }

    [Fact]
    public void Approved_hours_cannot_be_corrected()
    {
        var engagement = ActiveEngagement();
        var entry = new TimeEntryBuilder().For(engagement).Approved().Build();

        Should.Throw<Refusal>(() => entry.Correct(engagement, null, Tuesday, Activity.Annotation, 1m, null, Now))
            .Message.ShouldBe("Approved hours are locked and cannot be changed.");
        entry.Hours.ShouldBe(7.5m);
    }

    [Fact]
    public void An_entry_cannot_be_moved_to_another_engagement()
    {
        var entry = new TimeEntryBuilder().Build();

        Should.Throw<Refusal>(() => entry.Correct(ActiveEngagement(), null, Tuesday, Activity.Annotation, 1m, null, Now))
            .Message.ShouldBe("An entry cannot move to another engagement.");
    }

    [Fact]
    public void Hours_for_a_day_after_the_experts_today_are_refused()
    {
        var others = new OtherHours(Tuesday.AddDays(-1), 0m, 0m, 100m);

        var refusal = Should.Throw<Refusal>(() => TimeEntry.Log(ActiveEngagement(), null, Tuesday, Activity.Annotation, 1m, null, Now, others));

        refusal.Message.ShouldBe("2026-03-10 is in the future: hours can be logged for today or earlier.");
        (refusal.Kind, refusal.Field).ShouldBe((RefusalKind.Invalid, "WorkDate"));
    }

    [Fact]
    public void More_than_24_hours_in_a_day_across_the_experts_engagements_are_refused()
    {
        var others = new OtherHours(Tuesday, 20m, 0m, 100m);

        var refusal = Should.Throw<Refusal>(() => TimeEntry.Log(ActiveEngagement(), null, Tuesday, Activity.Annotation, 4.25m, null, Now, others));

        refusal.Message.ShouldBe("That would make 24.25 hours on 2026-03-10 across your engagements; a day has at most 24 (20 are already logged).");
        (refusal.Kind, refusal.Field).ShouldBe((RefusalKind.Invalid, "Hours"));
        TimeEntry.Log(ActiveEngagement(), null, Tuesday, Activity.Annotation, 4m, null, Now, others).Hours.ShouldBe(4m);
    }

    [Fact]
    public void Hours_above_the_engagements_cap_are_refused()
    {
        var others = new OtherHours(Tuesday, 0m, 95m, 100m);

        Should.Throw<Refusal>(() => TimeEntry.Log(ActiveEngagement(), null, Tuesday, Activity.Annotation, 5.25m, null, Now, others))
            .Message.ShouldBe("That would bring this engagement to 100.25 hours, above its cap of 100 (5 left).");
        TimeEntry.Log(ActiveEngagement(), null, Tuesday, Activity.Annotation, 5m, null, Now, others).Hours.ShouldBe(5m);
    }

    [Theory]
    [InlineData(BillingSide.Invoice)]
    [InlineData(BillingSide.Payout)]
    public void Only_approved_hours_on_no_document_of_that_side_can_be_claimed(BillingSide side)
    {
        new TimeEntryBuilder().Approved().Build().IsClaimableFor(side).ShouldBeTrue();
        new TimeEntryBuilder().Build().IsClaimableFor(side).ShouldBeFalse();
        new TimeEntryBuilder().Rejected().Build().IsClaimableFor(side).ShouldBeFalse();
    }

    [Theory]
    [InlineData(BillingSide.Invoice)]
    [InlineData(BillingSide.Payout)]
    public void The_claim_rule_in_memory_is_the_compiled_expression_the_database_evaluates(BillingSide side)
    {
        var entries = new[] { new TimeEntryBuilder().Approved().Build(), new TimeEntryBuilder().Build(), new TimeEntryBuilder().Rejected().Build() };

        entries.AsQueryable().Where(TimeEntry.ClaimableFor(side)).ShouldBe(entries.Where(e => e.IsClaimableFor(side)));
    }

    [Fact]
    public void Approved_hours_show_as_paid_only_once_their_payout_statement_is_paid()
    {
        var invoice = Guid.NewGuid();
        var statement = Guid.NewGuid();

        TimeEntry.StageOf(TimeEntryStatus.Approved, null, statement).ShouldBe(TimeEntryStage.Approved);
        TimeEntry.StageOf(TimeEntryStatus.Approved, invoice, statement).ShouldBe(TimeEntryStage.Invoiced);
        TimeEntry.StageOf(TimeEntryStatus.Approved, invoice, statement, payoutStatementPaid: true).ShouldBe(TimeEntryStage.Paid);
        TimeEntry.StageOf(TimeEntryStatus.Submitted, null, null).ShouldBe(TimeEntryStage.Submitted);
    }
}
