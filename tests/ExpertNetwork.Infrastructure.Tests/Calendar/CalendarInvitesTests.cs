using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Infrastructure.Calendar;
using Ical.Net.CalendarComponents;

namespace ExpertNetwork.Infrastructure.Tests.Calendar;

public sealed class CalendarInvitesTests
{
    private readonly CalendarInvites _invites = new(new FixedClock(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc)));

    private static CalendarEventRequest WarsawSprint(int sequence = 0) => new(
        SprintId: "77",
        ExpertId: "1203",
        Sequence: sequence,
        OrganizerEmail: "sprints@expertnetwork.example",
        OrganizerName: "ExpertNetwork Sprints",
        AttendeeEmail: "zofia@example.com",
        AttendeeName: "Dr Zofia Łukasiewicz",
        Summary: "Knee implant usability sprint",
        Description: "Three days with the product team.\nBring your questions.",
        Url: new Uri("https://app.example.com/sprints/77"),
        StartLocal: new DateTime(2026, 3, 28, 9, 0, 0),
        EndLocal: new DateTime(2026, 3, 30, 9, 0, 0),
        TimeZoneId: "Europe/Warsaw",
        Location: "Online");

    private static CalendarEventRequest NewYorkSprint() => WarsawSprint() with
    {
        SprintId = "78",
        StartLocal = new DateTime(2026, 10, 31, 9, 0, 0),
        EndLocal = new DateTime(2026, 11, 2, 9, 0, 0),
        TimeZoneId = "America/New_York",
    };

    private static (Ical.Net.Calendar Calendar, CalendarEvent Event) Parse(string text)
    {
        var calendar = Ical.Net.Calendar.Load(text).ShouldNotBeNull();
        return (calendar, calendar.Events.ShouldHaveSingleItem());
    }

    [Fact]
    public void Warsaw_sprint_across_the_spring_change_round_trips_to_the_right_instants()
    {
        var invite = _invites.Request(WarsawSprint());
        var (calendar, evt) = Parse(invite.Content);

        invite.MimeType.ShouldBe("text/calendar; method=REQUEST");
        calendar.Method.ShouldBe("REQUEST");
        evt.DtStart!.TzId.ShouldBe("Europe/Warsaw");
        evt.DtStart.Value.ShouldBe(new DateTime(2026, 3, 28, 9, 0, 0));
        evt.DtStart.AsUtc.ShouldBe(new DateTime(2026, 3, 28, 8, 0, 0, DateTimeKind.Utc));
        evt.DtEnd!.Value.ShouldBe(new DateTime(2026, 3, 30, 9, 0, 0));
        evt.DtEnd.AsUtc.ShouldBe(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc));
        invite.Content.ShouldContain("DTSTART;TZID=Europe/Warsaw:20260328T090000");
        invite.Content.ShouldContain("DTEND;TZID=Europe/Warsaw:20260330T090000");
    }

    [Fact]
    public void New_York_sprint_across_the_autumn_change_round_trips_to_the_right_instants()
    {
        var invite = _invites.Request(NewYorkSprint());
        var (_, evt) = Parse(invite.Content);

        evt.DtStart!.TzId.ShouldBe("America/New_York");
        evt.DtStart.AsUtc.ShouldBe(new DateTime(2026, 10, 31, 13, 0, 0, DateTimeKind.Utc));
        evt.DtEnd!.AsUtc.ShouldBe(new DateTime(2026, 11, 2, 14, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("Europe/Warsaw")]
    [InlineData("America/New_York")]
    public void The_calendar_carries_the_full_time_zone_rules(string zone)
    {
        var request = zone == "Europe/Warsaw" ? WarsawSprint() : NewYorkSprint();
        var invite = _invites.Request(request);
        var (calendar, _) = Parse(invite.Content);

        var timeZone = calendar.TimeZones.ShouldHaveSingleItem();
        timeZone.TzId.ShouldBe(zone);
        invite.Content.ShouldContain("BEGIN:VTIMEZONE");
        invite.Content.ShouldContain($"TZID:{zone}");
        invite.Content.ShouldContain("BEGIN:STANDARD");
        invite.Content.ShouldContain("BEGIN:DAYLIGHT");
        invite.Content.ShouldContain("TZOFFSETTO:");
    }

    [Fact]
    public void The_invite_names_organizer_attendee_and_details()
    {
        var invite = _invites.Request(WarsawSprint());
        var (_, evt) = Parse(invite.Content);

        evt.Uid.ShouldBe("sprint-77-expert-1203@expertnetwork");
        evt.Sequence.ShouldBe(0);
        evt.Summary.ShouldBe("Knee implant usability sprint");
        evt.Description.ShouldBe("Three days with the product team.\nBring your questions.");
        evt.Url.ShouldBe(new Uri("https://app.example.com/sprints/77"));
        evt.Location.ShouldBe("Online");
        evt.Status.ShouldBe("CONFIRMED");
        evt.Organizer!.Value.ShouldBe(new Uri("mailto:sprints@expertnetwork.example"));
        evt.Organizer.CommonName.ShouldBe("ExpertNetwork Sprints");
        var attendee = evt.Attendees.ShouldHaveSingleItem();
        attendee.Value.ShouldBe(new Uri("mailto:zofia@example.com"));
        attendee.CommonName.ShouldBe("Dr Zofia Łukasiewicz");
        attendee.Rsvp.ShouldBeTrue();
        evt.DtStamp!.AsUtc.ShouldBe(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void An_update_keeps_the_uid_and_has_a_higher_sequence()
    {
        var first = Parse(_invites.Request(WarsawSprint(sequence: 0)).Content).Event;
        var moved = WarsawSprint(sequence: 1) with { StartLocal = new DateTime(2026, 3, 28, 10, 0, 0) };
        var update = Parse(_invites.Request(moved).Content).Event;

        update.Uid.ShouldBe(first.Uid);
        update.Sequence.ShouldBeGreaterThan(first.Sequence);
        update.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 3, 28, 9, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_uid_is_per_sprint_and_expert()
    {
        CalendarInvites.UidFor("77", "1").ShouldNotBe(CalendarInvites.UidFor("77", "2"));
        CalendarInvites.UidFor("77", "1").ShouldNotBe(CalendarInvites.UidFor("78", "1"));
        CalendarInvites.UidFor("77", "1").ShouldBe(CalendarInvites.UidFor("77", "1"));
    }

    [Fact]
    public void A_cancellation_has_method_cancel_the_same_uid_and_a_higher_sequence()
    {
        var invite = _invites.Request(WarsawSprint(sequence: 1));
        var cancellation = _invites.Cancel(WarsawSprint(sequence: 2));
        var (calendar, evt) = Parse(cancellation.Content);

        cancellation.MimeType.ShouldBe("text/calendar; method=CANCEL");
        cancellation.Content.ShouldContain("METHOD:CANCEL");
        calendar.Method.ShouldBe("CANCEL");
        evt.Status.ShouldBe("CANCELLED");
        evt.Uid.ShouldBe(Parse(invite.Content).Event.Uid);
        evt.Sequence.ShouldBe(2);
        cancellation.Uid.ShouldBe(invite.Uid);
    }

    [Fact]
    public void Invalid_requests_are_refused()
    {
        Should.Throw<ArgumentException>(() => _invites.Request(WarsawSprint() with { EndLocal = new DateTime(2026, 3, 28, 8, 0, 0) }));
        Should.Throw<TimeZoneNotFoundException>(() => _invites.Request(WarsawSprint() with { TimeZoneId = "Mars/Olympus_Mons" }));
    }

    private sealed class FixedClock(DateTime utcNow) : IClock
    {
        public DateTime UtcNow { get; } = utcNow;
    }
}
