using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Portal;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Portal;

namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// Self-billing: the expert receives every payout statement and credit note issued in their name, with its PDF. The
/// mail (and the one-time portal link it carries) is queued in the issuing unit of work, so an issue that rolls back
/// sends nothing and a committed one is sent exactly once. An erased expert has no address left and gets nothing.
/// </summary>
public sealed class PayoutStatementMail(
    IAppDbContext db, IEmailOutbox outbox, ITemplateRenderer templates, FinanceOptions finance, PortalOptions portal, StaffingOptions links, IClock clock)
{
    public const string Template = "emails/payout-statement";
    public const string Sender = "The ExpertNetwork finance team";

    /// <param name="creditedNumber">For a credit note, the number of the statement it cancels.</param>
    public void Enqueue(PayoutStatement document, Expert expert, byte[] pdf, string? creditedNumber)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(expert);
        if (expert.IsErased)
            return;
        var number = document.Number ?? throw new InvalidOperationException("Only an issued statement is sent to the expert.");
        var mail = templates.RenderEmail(Template, new
        {
            expert = new { name = expert.FullName },
            statement = new
            {
                kind = document.Kind == DocumentKind.CreditNote ? "Payout credit note" : "Payout statement",
                number,
                creditedNumber,
                issueDate = document.IssueDate,
                dueDate = document.DueDate,
                paymentTermDays = finance.PaymentTermDays,
                periodStart = document.Period.Start,
                periodEnd = document.Period.End,
                total = document.Total,
                currency = document.Currency,
            },
            portal = new { url = PortalLinkFor(expert) },
            sender = new { name = Sender, contactEmail = finance.ContactEmail },
        });
        var attachment = new EmailAttachment(BillingPdfs.FileSafe(number) + ".pdf", "application/pdf", pdf);
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, mail.Subject, mail.Html, mail.Text, [attachment]));
    }

    /// <summary>A one-time sign-in link saved with the mail, as sprint mails carry; an archived expert cannot sign in, so gets none.</summary>
    private string? PortalLinkFor(Expert expert)
    {
        if (expert.Status == ExpertStatus.Archived)
            return null;
        var (link, token) = PortalSignInLink.Issue(expert.Id, portal.MailLinkLifetime, clock.UtcNow);
        db.PortalSignInLinks.Add(link);
        return PortalLinks.For(links.LinkBaseUrl, token.Value);
    }
}
