namespace ExpertNetwork.Application.Sprints;

/// <summary>
/// One expert's calendar event for a sprint: wall-clock start and end in the sprint's zone (the calendar keeps a 09:00
/// start at 09:00 across a daylight-saving change) and the event's SEQUENCE, which grows with every update.
/// </summary>
public sealed record SprintCalendarEvent(
    Guid SprintId,
    Guid ExpertId,
    int Sequence,
    string AttendeeEmail,
    string AttendeeName,
    string Summary,
    string Description,
    Uri? Url,
    DateTime StartLocal,
    DateTime EndLocal,
    string TimeZoneId);
