using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Sprints;

public sealed class AnnotationSprintTests
{
    private static readonly DateTime Now = TestClock.Now;
    private static readonly TimeOnly NineAm = new(9, 0);
    private static readonly TimeOnly FivePm = new(17, 0);

    private static AnnotationSprint Schedule(Project project, DateOnly start, DateOnly end, decimal targetHours = 100m, string? guidelines = null, DateTime? nowUtc = null) =>
        AnnotationSprint.Schedule(project, "Sprint 1", start, NineAm, end, FivePm, targetHours, guidelines, nowUtc ?? Now);

    [Fact]
    public void A_warsaw_sprint_across_the_spring_change_keeps_its_wall_clock_hours()
    {
        var project = new ProjectBuilder().InTimeZone("Europe/Warsaw").Build();

        var sprint = Schedule(project, new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 30));

        sprint.StartUtc.ShouldBe(new DateTime(2026, 3, 28, 8, 0, 0, DateTimeKind.Utc));
        sprint.EndUtc.ShouldBe(new DateTime(2026, 3, 30, 15, 0, 0, DateTimeKind.Utc));
        sprint.TimeZoneId.ShouldBe("Europe/Warsaw");
        sprint.Status.ShouldBe(SprintStatus.Scheduled);
        sprint.Sequence.ShouldBe(0);
    }

    [Fact]
    public void A_new_york_sprint_across_the_autumn_change_keeps_its_wall_clock_hours()
    {
        var project = new ProjectBuilder().InTimeZone("America/New_York").Build();

        var sprint = Schedule(project, new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 2));

        sprint.StartUtc.ShouldBe(new DateTime(2026, 10, 31, 13, 0, 0, DateTimeKind.Utc));
        sprint.EndUtc.ShouldBe(new DateTime(2026, 11, 2, 22, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(ProjectStatus.Completed)]
    [InlineData(ProjectStatus.Cancelled)]
    public void A_sprint_can_only_be_scheduled_on_an_active_project(ProjectStatus status)
    {
        var project = new ProjectBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => Schedule(project, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13)))
            .Message.ShouldBe("Sprints can only be scheduled on an active project.");
    }

    [Fact]
    public void A_sprint_that_ends_before_it_starts_is_refused()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => AnnotationSprint.Schedule(project, "S", new DateOnly(2026, 3, 9), FivePm, new DateOnly(2026, 3, 9), NineAm, 10m, null, Now))
            .Message.ShouldBe("A sprint must end after it starts.");
    }

    [Fact]
    public void A_sprint_starting_in_the_past_is_refused()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => Schedule(project, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 6)))
            .Message.ShouldBe("A sprint cannot be scheduled to start in the past.");
    }

    [Fact]
    public void A_sprint_longer_than_92_days_is_refused()
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => Schedule(project, new DateOnly(2026, 3, 9), new DateOnly(2026, 6, 10)))
            .Message.ShouldBe("A sprint can last at most 92 days.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Target_hours_outside_0_to_10000_are_refused(int targetHours)
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => Schedule(project, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13), targetHours))
            .Message.ShouldBe("Target hours must be between 0 and 10000.");
    }

    [Theory]
    [InlineData("wiki/rubric")]
    [InlineData("ftp://files.example/rubric.pdf")]
    public void A_guidelines_link_that_is_not_a_full_web_address_is_refused(string link)
    {
        var project = new ProjectBuilder().Build();

        Should.Throw<Refusal>(() => Schedule(project, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 13), guidelines: link))
            .Message.ShouldBe("The guidelines link must be a full http(s) address.");
    }

    [Fact]
    public void Rescheduling_moves_the_window_and_bumps_the_invite_sequence()
    {
        var sprint = new SprintBuilder().Build();

        sprint.Reschedule("Sprint 1 (moved)", new DateOnly(2026, 3, 16), new TimeOnly(10, 0), new DateOnly(2026, 3, 20), FivePm, 300m, null, Now);

        sprint.Sequence.ShouldBe(1);
        sprint.Name.ShouldBe("Sprint 1 (moved)");
        sprint.StartUtc.ShouldBe(new DateTime(2026, 3, 16, 9, 0, 0, DateTimeKind.Utc));
        sprint.EndUtc.ShouldBe(new DateTime(2026, 3, 20, 16, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_refused_reschedule_leaves_the_sprint_and_its_sequence_unchanged()
    {
        var sprint = new SprintBuilder().Build();
        var startUtc = sprint.StartUtc;

        Should.Throw<Refusal>(() => sprint.Reschedule("Moved", new DateOnly(2026, 3, 1), NineAm, new DateOnly(2026, 3, 5), FivePm, 10m, null, Now));

        sprint.Sequence.ShouldBe(0);
        sprint.StartUtc.ShouldBe(startUtc);
    }

    [Theory]
    [InlineData(SprintStatus.Running)]
    [InlineData(SprintStatus.Closed)]
    [InlineData(SprintStatus.Cancelled)]
    public void Only_a_scheduled_sprint_can_be_rescheduled(SprintStatus status)
    {
        var sprint = new SprintBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => sprint.Reschedule("Moved", new DateOnly(2026, 4, 6), NineAm, new DateOnly(2026, 4, 10), FivePm, 10m, null, Now))
            .Message.ShouldBe($"A {status.ToString().ToLowerInvariant()} sprint cannot be rescheduled.");
    }

    [Fact]
    public void A_sprint_starts_once_its_start_instant_has_come_and_only_once()
    {
        var sprint = new SprintBuilder().Build();

        sprint.StartIfDue(sprint.StartUtc.AddSeconds(-1)).ShouldBeFalse();
        sprint.Status.ShouldBe(SprintStatus.Scheduled);
        sprint.StartIfDue(sprint.StartUtc).ShouldBeTrue();
        sprint.StartIfDue(sprint.StartUtc.AddMinutes(5)).ShouldBeFalse();

        sprint.Status.ShouldBe(SprintStatus.Running);
        sprint.AcceptsEntries.ShouldBeTrue();
    }

    [Fact]
    public void A_cancelled_sprint_never_starts()
    {
        var sprint = new SprintBuilder().Cancelled().Build();

        sprint.StartIfDue(sprint.EndUtc).ShouldBeFalse();

        sprint.Status.ShouldBe(SprintStatus.Cancelled);
    }

    [Fact]
    public void A_running_sprint_can_be_closed()
    {
        var sprint = new SprintBuilder().Running().Build();

        sprint.Close(sprint.EndUtc);

        sprint.Status.ShouldBe(SprintStatus.Closed);
        sprint.AcceptsEntries.ShouldBeFalse();
    }

    [Fact]
    public void A_sprint_cannot_be_closed_before_it_starts()
    {
        var sprint = new SprintBuilder().Running().Build();

        Should.Throw<Refusal>(() => sprint.Close(sprint.StartUtc.AddMinutes(-1)))
            .Message.ShouldBe("A sprint cannot be closed before it starts.");
        sprint.Status.ShouldBe(SprintStatus.Running);
    }

    [Theory]
    [InlineData(SprintStatus.Scheduled)]
    [InlineData(SprintStatus.Closed)]
    [InlineData(SprintStatus.Cancelled)]
    public void Only_a_running_sprint_can_be_closed(SprintStatus status)
    {
        var sprint = new SprintBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => sprint.Close(sprint.EndUtc.AddDays(1)))
            .Message.ShouldBe($"Only a running sprint can be closed (this one is {status.ToString().ToLowerInvariant()}).");
    }

    [Fact]
    public void A_scheduled_sprint_can_be_cancelled_and_the_invites_are_updated()
    {
        var sprint = new SprintBuilder().Build();

        sprint.Cancel("Client paused the project", Now);

        sprint.Status.ShouldBe(SprintStatus.Cancelled);
        sprint.CancelReason.ShouldBe("Client paused the project");
        sprint.Sequence.ShouldBe(1);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var sprint = new SprintBuilder().Build();

        Should.Throw<Refusal>(() => sprint.Cancel("", Now))
            .Message.ShouldBe("A cancellation reason is required.");
        sprint.Status.ShouldBe(SprintStatus.Scheduled);
    }

    [Theory]
    [InlineData(SprintStatus.Running)]
    [InlineData(SprintStatus.Closed)]
    [InlineData(SprintStatus.Cancelled)]
    public void Only_a_scheduled_sprint_can_be_cancelled(SprintStatus status)
    {
        var sprint = new SprintBuilder().InStatus(status).Build();

        Should.Throw<Refusal>(() => sprint.Cancel("Stop", Now))
            .Message.ShouldBe($"Only a scheduled sprint can be cancelled (this one is {status.ToString().ToLowerInvariant()}).");
    }

    [Theory]
    [InlineData("2026-03-08", false)]
    [InlineData("2026-03-09", true)]
    [InlineData("2026-03-13", true)]
    [InlineData("2026-03-14", false)]
    public void A_sprint_covers_its_local_calendar_days_inclusive(string day, bool covered)
    {
        var sprint = new SprintBuilder().Build();

        sprint.Covers(DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(covered);
    }

    [Theory]
    [InlineData(EngagementStatus.Accepted)]
    [InlineData(EngagementStatus.Active)]
    public void An_accepted_or_active_engagement_on_the_project_can_join(EngagementStatus status)
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Build();
        var engagement = new EngagementBuilder().OnProject(project).InStatus(status).Build();

        sprint.AddParticipant(engagement, 30m);

        var participant = sprint.Participants.ShouldHaveSingleItem();
        participant.ExpertId.ShouldBe(engagement.ExpertId);
        participant.CommittedHours.ShouldBe(30m);
    }

    [Fact]
    public void A_running_sprint_still_takes_participants()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Running().Build();

        sprint.AddParticipant(new EngagementBuilder().OnProject(project).Active().Build(), 10m);

        sprint.Participants.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(EngagementStatus.Proposed)]
    [InlineData(EngagementStatus.Offered)]
    [InlineData(EngagementStatus.Completed)]
    [InlineData(EngagementStatus.Cancelled)]
    public void An_engagement_that_cannot_log_hours_cannot_join(EngagementStatus status)
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Build();

        Should.Throw<Refusal>(() => sprint.AddParticipant(new EngagementBuilder().OnProject(project).InStatus(status).Build(), 10m))
            .Message.ShouldBe("Only accepted or active engagements can join a sprint.");
    }

    [Fact]
    public void An_engagement_on_another_project_cannot_join()
    {
        var sprint = new SprintBuilder().Build();

        Should.Throw<Refusal>(() => sprint.AddParticipant(new EngagementBuilder().Active().Build(), 10m))
            .Message.ShouldBe("That engagement belongs to another project.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Committed_hours_must_be_positive_and_within_the_engagement_cap(int hours)
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Build();
        var engagement = new EngagementBuilder().OnProject(project).Active().Build();

        Should.Throw<Refusal>(() => sprint.AddParticipant(engagement, hours))
            .Message.ShouldBe("Committed hours must be more than 0 and at most the engagement's 120 hours.");
    }

    [Fact]
    public void The_same_expert_cannot_join_twice()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Build();
        var engagement = new EngagementBuilder().OnProject(project).Active().Build();
        sprint.AddParticipant(engagement, 10m);

        Should.Throw<Refusal>(() => sprint.AddParticipant(engagement, 20m))
            .Message.ShouldBe("That expert is already in this sprint.");
        sprint.Participants.ShouldHaveSingleItem().CommittedHours.ShouldBe(10m);
    }

    [Theory]
    [InlineData(SprintStatus.Closed)]
    [InlineData(SprintStatus.Cancelled)]
    public void A_closed_or_cancelled_sprint_takes_no_new_participants(SprintStatus status)
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).InStatus(status).Build();

        Should.Throw<Refusal>(() => sprint.AddParticipant(new EngagementBuilder().OnProject(project).Active().Build(), 10m))
            .Message.ShouldBe("Participants cannot be added to a closed or cancelled sprint.");
    }

    [Fact]
    public void A_participant_can_be_removed()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Build();
        var engagement = new EngagementBuilder().OnProject(project).Active().Build();
        sprint.AddParticipant(engagement, 10m);

        sprint.RemoveParticipant(engagement.Id);

        sprint.Participants.ShouldBeEmpty();
    }

    [Fact]
    public void Removing_someone_who_is_not_in_the_sprint_is_refused()
    {
        var sprint = new SprintBuilder().Build();

        Should.Throw<Refusal>(() => sprint.RemoveParticipant(Guid.NewGuid()))
            .Message.ShouldBe("That expert is not in this sprint.");
    }

    [Fact]
    public void Participants_cannot_be_removed_from_a_closed_sprint()
    {
        var project = new ProjectBuilder().Build();
        var sprint = new SprintBuilder().ForProject(project).Running().Build();
        var engagement = new EngagementBuilder().OnProject(project).Active().Build();
        sprint.AddParticipant(engagement, 10m);
        sprint.Close(sprint.EndUtc);

        Should.Throw<Refusal>(() => sprint.RemoveParticipant(engagement.Id))
            .Message.ShouldBe("Participants cannot be removed from a closed or cancelled sprint.");
        sprint.Participants.Count.ShouldBe(1);
    }
}
