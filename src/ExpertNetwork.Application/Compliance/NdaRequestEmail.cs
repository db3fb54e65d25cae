using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Compliance;

/// <summary>The email that carries an NDA signing link, queued in the caller's unit of work.</summary>
internal static class NdaRequestEmail
{
    public const string Template = "emails/nda-request";
    public const string Sender = "The ExpertNetwork compliance team";

    public static void Enqueue(IEmailOutbox outbox, ITemplateRenderer templates, Expert expert, NdaTemplate template, NdaAgreement agreement, LinkToken token, Uri appBaseUrl)
    {
        var email = templates.RenderEmail(Template, new
        {
            expert = new { name = expert.FullName },
            nda = new
            {
                title = template.Name,
                url = NdaLinks.For(appBaseUrl, token.Value),
                dueDate = DateOnly.FromDateTime(agreement.SignByUtc),
            },
            sender = new { name = Sender },
        });
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, email.Subject, email.Html, email.Text));
    }
}
