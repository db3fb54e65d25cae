using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Invoicing;

public sealed record SendInvoiceCommand(Guid InvoiceId);

/// <summary>
/// Emails an issued invoice or credit note to the client's billing address with its stored PDF attached (the file
/// whose hash the document holds, checked on reading), and stamps the document with when and to whom. The mail
/// goes through the outbox in the same transaction as the stamp, so both happen or neither does.
/// </summary>
public sealed class SendInvoiceHandler(IAppDbContext db, IFileStore files, IEmailOutbox outbox, ITemplateRenderer templates, FinanceOptions options, IClock clock)
{
    public const string Template = "emails/invoice";

    /// <returns>The address the document was sent to.</returns>
    public async Task<string> HandleAsync(SendInvoiceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var invoiceId = command.InvoiceId;
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) ?? throw Refusal.NotFound("The invoice");
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == invoice.ClientId, cancellationToken);
        invoice.MarkSent(client.BillingEmail, clock.UtcNow);
        var creditNote = invoice.Kind == DocumentKind.CreditNote;
        var what = $"PDF of {(creditNote ? "credit note" : "invoice")} {invoice.Number}";
        var pdf = await StoredDocuments.ReadVerifiedAsync(files, invoice.PdfStorageKey!, invoice.PdfSha256, what, cancellationToken)
            ?? throw Refusal.NotFound("The " + what);
        string? credited = null;
        if (invoice.CreditedDocumentId is { } originalId)
            credited = await db.Invoices.AsNoTracking().Where(i => i.Id == originalId).Select(i => i.Number).SingleAsync(cancellationToken);
        var mail = templates.RenderEmail(Template, new
        {
            client = new { name = client.LegalName },
            invoice = new
            {
                number = invoice.Number,
                isCreditNote = creditNote,
                credits = credited,
                total = invoice.Total,
                currency = invoice.Currency,
                dueDate = invoice.DueDate,
                periodStart = invoice.Period.Start,
                periodEnd = invoice.Period.End,
            },
            sender = new { name = options.CompanyName },
        });
        outbox.Enqueue(new EmailMessage(client.BillingEmail, client.LegalName, mail.Subject, mail.Html, mail.Text,
            [new EmailAttachment(BillingPdfs.FileSafe(invoice.Number!) + ".pdf", "application/pdf", pdf)]));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("The invoice");
        }
        return client.BillingEmail;
    }
}
