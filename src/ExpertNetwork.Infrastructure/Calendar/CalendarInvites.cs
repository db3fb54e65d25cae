using ExpertNetwork.Application.Common;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ExpertNetwork.Infrastructure.Calendar;

/// <summary>
/// An event to put in an expert's calendar. <paramref name="StartLocal"/> and <paramref name="EndLocal"/> are wall-clock
/// times in the IANA zone <paramref name="TimeZoneId"/> (e.g. 09:00 in Europe/Warsaw), so the event stays at 09:00 across
/// a daylight-saving change. <paramref name="Sequence"/> must increase with every update of the same event.
/// </summary>
public sealed record CalendarEventRequest(
    string SprintId,
    string ExpertId,
    int Sequence,
    string OrganizerEmail,
    string OrganizerName,
    string AttendeeEmail,
    string AttendeeName,
    string Summary,
    string Description,
    Uri? Url,
    DateTime StartLocal,
    DateTime EndLocal,
    string TimeZoneId,
    string? Location = null);

/// <summary>An <c>.ics</c> attachment: the calendar text, its MIME type (with the iTIP method) and a file name.</summary>
public sealed record CalendarAttachment(string Content, string MimeType, string Uid, string FileName);

/// <summary>Builds iTIP (RFC 5546) invitations and cancellations with full VTIMEZONE rules.</summary>
public sealed class CalendarInvites(IClock clock)
{
    public const string RequestMimeType = "text/calendar; method=REQUEST";
    public const string CancelMimeType = "text/calendar; method=CANCEL";
    private const string UidDomain = "expertnetwork";

    /// <summary>The UID of the event for one expert in one sprint: the same for the invite, its updates and its cancellation.</summary>
    public static string UidFor(string sprintId, string expertId) => $"sprint-{sprintId}-expert-{expertId}@{UidDomain}";

    /// <summary>An invitation or update (METHOD:REQUEST).</summary>
    public CalendarAttachment Request(CalendarEventRequest request)
    {
        var calendar = Build(request, "REQUEST", "CONFIRMED");
        return new CalendarAttachment(Serialize(calendar), RequestMimeType, UidFor(request.SprintId, request.ExpertId), "invite.ics");
    }

    /// <summary>A cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the event with the same UID; pass a higher sequence than the last invite.</summary>
    public CalendarAttachment Cancel(CalendarEventRequest request)
    {
        var calendar = Build(request, "CANCEL", "CANCELLED");
        return new CalendarAttachment(Serialize(calendar), CancelMimeType, UidFor(request.SprintId, request.ExpertId), "cancel.ics");
    }

    private Ical.Net.Calendar Build(CalendarEventRequest request, string method, string status)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TimeZoneId);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Sequence);
        if (request.EndLocal <= request.StartLocal)
        {
            throw new ArgumentException("The event must end after it starts.", nameof(request));
        }

        // Validates the zone id (IANA) before writing it.
        TimeZoneInfo.FindSystemTimeZoneById(request.TimeZoneId);

        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//ExpertNetwork//Sprint invites//EN",
            Method = method,
        };
        // The string overload writes the zone's STANDARD and DAYLIGHT rules (not just its name).
        calendar.AddTimeZone(request.TimeZoneId);

        var calendarEvent = new CalendarEvent
        {
            Uid = UidFor(request.SprintId, request.ExpertId),
            Sequence = request.Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc)),
            DtStart = new CalDateTime(DateTime.SpecifyKind(request.StartLocal, DateTimeKind.Unspecified), request.TimeZoneId),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(request.EndLocal, DateTimeKind.Unspecified), request.TimeZoneId),
            Summary = request.Summary,
            Description = request.Description,
            Url = request.Url,
            Location = request.Location,
            Status = status,
            Transparency = "OPAQUE",
            Organizer = new Organizer($"mailto:{request.OrganizerEmail}") { CommonName = request.OrganizerName },
        };
        calendarEvent.Attendees.Add(new Attendee($"mailto:{request.AttendeeEmail}")
        {
            CommonName = request.AttendeeName,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = method != "CANCEL",
        });
        calendar.Events.Add(calendarEvent);
        return calendar;
    }

    private static string Serialize(Ical.Net.Calendar calendar) =>
        new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be serialised.");
}
