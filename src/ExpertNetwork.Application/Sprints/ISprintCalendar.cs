using ExpertNetwork.Application.Email;

namespace ExpertNetwork.Application.Sprints;

/// <summary>Turns a sprint event into the <c>.ics</c> part of a mail: an invitation or update, or a cancellation.</summary>
public interface ISprintCalendar
{
    EmailAttachment Invite(SprintCalendarEvent calendarEvent);

    EmailAttachment Cancel(SprintCalendarEvent calendarEvent);
}
