using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Staffing;

/// <summary>The staffing mails to an expert: queued in the caller's unit of work, so they go only if the change is saved.</summary>
public sealed class StaffingEmails(IEmailOutbox outbox, ITemplateRenderer templates, StaffingOptions options)
{
    public const string OfferReminderTemplate = "emails/offer-reminder";
    public const string OfferWithdrawnTemplate = "emails/offer-withdrawn";
    public const string EngagementCancelledTemplate = "emails/engagement-cancelled";

    public void OfferWithdrawn(Expert expert, Engagement engagement, string projectName, string clientName) =>
        Send(expert, OfferWithdrawnTemplate, new
        {
            expert = new { name = expert.FullName },
            project = new { title = projectName, client = clientName },
            offer = new { sentOn = DateOnly.FromDateTime(engagement.OfferedUtc!.Value), reason = engagement.EndReason },
            sender = new { name = options.SenderName, contactEmail = options.ContactEmail },
        });

    public void EngagementCancelled(Expert expert, Engagement engagement, string projectName, string clientName) =>
        Send(expert, EngagementCancelledTemplate, new
        {
            expert = new { name = expert.FullName },
            project = new { title = projectName, client = clientName },
            engagement = new { startDate = engagement.Window.Start, endDate = engagement.Window.End, reason = engagement.EndReason },
            sender = new { name = options.SenderName, contactEmail = options.ContactEmail },
        });

    public void OfferReminder(Expert expert, Engagement engagement, string offerToken, string projectName, string clientName) =>
        Send(expert, OfferReminderTemplate, new
        {
            expert = new { name = expert.FullName },
            project = new { title = projectName, client = clientName },
            offer = new
            {
                rate = engagement.PayRate.Amount,
                currency = engagement.PayRate.Currency,
                hours = engagement.HoursPerWeek,
                respondBy = new DateTimeOffset(engagement.OfferExpiresUtc!.Value, TimeSpan.Zero),
                timeZone = expert.TimeZoneId,
                url = Engagements.OfferLinks.For(options.LinkBaseUrl, offerToken),
            },
            sender = new { name = options.SenderName },
        });

    private void Send(Expert expert, string template, object model)
    {
        var mail = templates.RenderEmail(template, model);
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, mail.Subject, mail.Html, mail.Text));
    }
}
