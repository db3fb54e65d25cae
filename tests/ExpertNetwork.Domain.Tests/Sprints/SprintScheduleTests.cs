using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Tests.Builders;

namespace ExpertNetwork.Domain.Tests.Sprints;

public sealed class SprintScheduleTests
{
    private static AnnotationSprint Schedule(string zone, DateOnly start, TimeOnly startTime, DateOnly end, TimeOnly endTime) =>
        AnnotationSprint.Schedule(new ProjectBuilder().InTimeZone(zone).Build(), "Sprint", start, startTime, end, endTime, 40m, null, TestClock.Now);

    [Fact]
    public void The_mid_sprint_reminder_falls_half_way_in_elapsed_time_across_the_warsaw_spring_change()
    {
        var sprint = Schedule("Europe/Warsaw", new DateOnly(2026, 3, 28), new TimeOnly(9, 0), new DateOnly(2026, 3, 30), new TimeOnly(9, 0));

        // 47 elapsed hours, not 48: half-way is 07:30 UTC on the 29th, 09:30 local summer time.
        sprint.MidpointUtc.ShouldBe(new DateTime(2026, 3, 29, 7, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_mid_sprint_reminder_falls_half_way_in_elapsed_time_across_the_new_york_autumn_change()
    {
        var sprint = Schedule("America/New_York", new DateOnly(2026, 10, 31), new TimeOnly(9, 0), new DateOnly(2026, 11, 2), new TimeOnly(9, 0));

        // 49 elapsed hours: half-way is 13:30 UTC on 1 November, 08:30 local standard time.
        sprint.MidpointUtc.ShouldBe(new DateTime(2026, 11, 1, 13, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_commitment_is_spread_over_the_sprints_weeks_but_never_over_less_than_one()
    {
        var short_ = Schedule("Europe/London", new DateOnly(2026, 6, 1), new TimeOnly(9, 0), new DateOnly(2026, 6, 3), new TimeOnly(17, 0));
        var fortnight = Schedule("Europe/London", new DateOnly(2026, 6, 1), new TimeOnly(9, 0), new DateOnly(2026, 6, 15), new TimeOnly(9, 0));

        short_.WeeklyLoad(12m).ShouldBe(12m);
        fortnight.WeeklyLoad(12m).ShouldBe(6m);
    }

    [Fact]
    public void Sprints_overlap_only_when_they_share_time()
    {
        var sprint = Schedule("Europe/London", new DateOnly(2026, 6, 1), new TimeOnly(9, 0), new DateOnly(2026, 6, 3), new TimeOnly(17, 0));

        sprint.Overlaps(sprint.EndUtc, sprint.EndUtc.AddDays(1)).ShouldBeFalse();
        sprint.Overlaps(sprint.StartUtc.AddDays(-1), sprint.StartUtc).ShouldBeFalse();
        sprint.Overlaps(sprint.EndUtc.AddHours(-1), sprint.EndUtc.AddDays(1)).ShouldBeTrue();
    }

    [Fact]
    public void A_calendar_notice_cannot_carry_a_sequence_below_the_sprints()
    {
        var sprint = Schedule("Europe/London", new DateOnly(2026, 6, 1), new TimeOnly(9, 0), new DateOnly(2026, 6, 3), new TimeOnly(17, 0));
        sprint.Reschedule("Sprint", new DateOnly(2026, 6, 2), new TimeOnly(9, 0), new DateOnly(2026, 6, 4), new TimeOnly(17, 0), 40m, null, TestClock.Now);
        var participant = new SprintParticipantRef(Guid.NewGuid(), Guid.NewGuid());

        Should.Throw<Refusal>(() => SprintNotice.Sent(sprint, participant, SprintNoticeKind.Invite, 0, "<m@x>", TestClock.Now));
        var notice = SprintNotice.Sent(sprint, participant, SprintNoticeKind.Invite, 1, "<m@x>", TestClock.Now);

        notice.SprintSequence.ShouldBe(1);
        notice.IsCalendar.ShouldBeTrue();
        SprintNotice.Sent(sprint, participant, SprintNoticeKind.MidSprintReminder, 0, "<n@x>", TestClock.Now).IsCalendar.ShouldBeFalse();
    }
}
