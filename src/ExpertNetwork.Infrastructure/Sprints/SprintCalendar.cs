using System.Text;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Sprints;
using ExpertNetwork.Infrastructure.Calendar;
using ExpertNetwork.Infrastructure.Email;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Sprints;

/// <summary>Sprint events as iTIP <c>.ics</c> parts, organised by the app's sender address.</summary>
public sealed class SprintCalendar(CalendarInvites invites, EmailOptions email) : ISprintCalendar
{
    private readonly MailboxAddress _organizer = MailboxAddress.Parse(email.From);

    public EmailAttachment Invite(SprintCalendarEvent calendarEvent) => ToAttachment(invites.Request(ToRequest(calendarEvent)));

    public EmailAttachment Cancel(SprintCalendarEvent calendarEvent) => ToAttachment(invites.Cancel(ToRequest(calendarEvent)));

    private CalendarEventRequest ToRequest(SprintCalendarEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new CalendarEventRequest(e.SprintId.ToString(), e.ExpertId.ToString(), e.Sequence,
            _organizer.Address, string.IsNullOrWhiteSpace(_organizer.Name) ? "ExpertNetwork" : _organizer.Name,
            e.AttendeeEmail, e.AttendeeName, e.Summary, e.Description, e.Url, e.StartLocal, e.EndLocal, e.TimeZoneId);
    }

    private static EmailAttachment ToAttachment(CalendarAttachment attachment) =>
        new(attachment.FileName, attachment.MimeType, Encoding.UTF8.GetBytes(attachment.Content));
}
