using ExpertNetwork.Application.Email;
using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

public enum SignNdaResult
{
    Signed,
    UnknownLink,
    AlreadySigned,
    Expired,
    Withdrawn,
    NameMismatch,
    ConsentMissing,
    DocumentChanged,
}

/// <summary>What the expert submitted from the signing page, and where it came from.</summary>
public sealed record SignNdaCommand(string? Token, string? FullName, bool Consent, string? DocumentSha256, string? IpAddress, string? UserAgent);

/// <summary>
/// The expert signs from the link: the signed PDF (document, signature block, evidence page) is rendered and stored,
/// its hash kept on the agreement, and a confirmation with the PDF attached is queued, all in one unit of work.
/// Two submissions at once sign once: the agreement's version token lets only the first save win.
/// </summary>
public sealed class SignNdaHandler(IAppDbContext db, INdaDocuments documents, IFileStore files, IEmailOutbox outbox, ITemplateRenderer templates, IClock clock, StaffingOptions links)
{
    public const string FileArea = "nda";
    public const string ConfirmationTemplate = "emails/nda-signed";

    public async Task<SignNdaResult> HandleAsync(SignNdaCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var context = await NdaAgreementContext.ForTokenAsync(db, command.Token, tracked: true, cancellationToken);
        if (context is null)
            return SignNdaResult.UnknownLink;
        var (agreement, expert, template, _) = context;
        var now = clock.UtcNow;
        switch (agreement.LinkStateAt(now))
        {
            case NdaLinkState.Signed:
                return SignNdaResult.AlreadySigned;
            case NdaLinkState.Withdrawn:
                return SignNdaResult.Withdrawn;
            case NdaLinkState.Expired:
                // Records what is already true (the deadline passed); nothing the expert sent is kept.
                if (agreement.ExpireIfDue(now))
                    await db.SaveChangesAsync(cancellationToken);
                return SignNdaResult.Expired;
        }

        if (!SignerNames.Matches(expert.FullName, command.FullName))
            return SignNdaResult.NameMismatch;
        if (!command.Consent)
            return SignNdaResult.ConsentMissing;
        var document = documents.Render(template.Body, context.Facts);
        if (!string.Equals(document.Sha256, command.DocumentSha256, StringComparison.OrdinalIgnoreCase))
            return SignNdaResult.DocumentChanged;

        var (pdf, stored) = await NdaSigning.SignAsync(context, document, command.FullName!, command.IpAddress, command.UserAgent, documents, files, now, cancellationToken);

        var email = templates.RenderEmail(ConfirmationTemplate, new
        {
            expert = new { name = expert.FullName },
            nda = new { title = template.Name, signedAt = now, timeZone = expert.TimeZoneId, url = NdaLinks.For(links.LinkBaseUrl, command.Token!) },
            sender = new { name = NdaRequestEmail.Sender },
        });
        outbox.Enqueue(new EmailMessage(expert.Email, expert.FullName, email.Subject, email.Html, email.Text,
            [new EmailAttachment(SignedFileName(template.Name), "application/pdf", pdf)]));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another submission signed first; this one leaves nothing behind.
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            return SignNdaResult.AlreadySigned;
        }
        return SignNdaResult.Signed;
    }

    public static string SignedFileName(string templateName)
    {
        var slug = new string(templateName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return $"{slug.Trim('-')}-signed.pdf";
    }
}
