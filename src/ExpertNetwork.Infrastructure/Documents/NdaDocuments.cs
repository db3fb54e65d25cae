using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Infrastructure.Templates;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// An NDA version's text (Handlebars + Markdown, with the variables of <c>documents/nda</c>) filled in for one
/// agreement and followed by a fixed "parties" table naming the expert, the version and the agreement. The SHA-256
/// is of that Markdown text as UTF-8: the words the expert reads are the words the hash proves.
/// </summary>
public sealed class NdaDocuments(TemplateEngine templates, IPdfRenderer pdf, IOptions<CompanyOptions> company, IClock clock) : INdaDocuments
{
    private static readonly HandlebarsTemplate<object, object> Parties = TemplateEngine.CreateHandlebars(new MarkdownTextEncoder()).Compile("""


        ## Parties and agreement

        | Item | Details |
        | :--- | :--- |
        | Company | {{company.name}} |
        | Expert | {{expert.name}} ({{expert.email}}) |
        | Agreement | {{nda.title}}, version {{nda.version}}{{#if nda.client}}, for {{nda.client}}{{/if}} |
        | Agreement id | {{nda.id}} |
        | Sent | {{date nda.sent}} |
        | Term | {{nda.months}} months from the date of signing |

        """);

    public IReadOnlyList<string> Validate(string body) =>
        TemplateEngine.ValidateDocumentBody(TemplateCatalog.Names.NdaDocument, body).Select(e => e.Message).ToList();

    public NdaDocument Render(string body, NdaDocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var companyModel = new { name = company.Value.Name, address = company.Value.Address };
        var text = templates.RenderDocumentBody(TemplateCatalog.Names.NdaDocument, body, new
        {
            nda = new { date = DateOnly.FromDateTime(facts.SentUtc), termYears = Math.Round(facts.ValidityMonths / 12m, 1) },
            company = companyModel,
            expert = new { name = facts.ExpertName, address = facts.ExpertCountry },
            project = new { title = facts.ClientName is null ? "every engagement through " + company.Value.Name : "engagements for " + facts.ClientName, client = facts.ClientName ?? "any client" },
        });
        var markdown = text.TrimEnd() + Parties(new
        {
            company = companyModel,
            expert = new { name = facts.ExpertName, email = facts.ExpertEmail },
            nda = new
            {
                title = facts.TemplateName,
                version = facts.TemplateVersion,
                client = facts.ClientName,
                id = facts.AgreementId.ToString(),
                sent = DateOnly.FromDateTime(facts.SentUtc),
                months = facts.ValidityMonths,
            },
        });
        return new NdaDocument(facts, markdown, MarkdownRendering.ToPageHtml(markdown, headingOffset: 1), DocumentHash.Sha256Hex(Encoding.UTF8.GetBytes(markdown)));
    }

    public byte[] RenderSigned(NdaDocument document, NdaSignatureEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(evidence);
        var facts = document.Facts;
        var utc = NdaEvidenceTime.Utc(evidence.SignedUtc);
        var local = NdaEvidenceTime.Local(evidence.SignedUtc, evidence.TimeZoneId);
        var blocks = new List<DocumentBlock>(MarkdownBlockConverter.Convert(document.Markdown))
        {
            new SpacerBlock(12f),
            new KeepTogetherBlock(
            [
                new HeadingBlock(2, "Signature"),
                new ParagraphBlock([new TextRun("Signed electronically by "), new TextRun(evidence.SignerName, Bold: true), new TextRun($", who typed their full name and confirmed: \"I have read this agreement and I agree to it.\"")]),
                new ParagraphBlock([new TextRun("Signed on "), new TextRun(utc, Bold: true), new TextRun($" ({local}).")]),
                new ParagraphBlock("The evidence of this signature is on the last page."),
            ]),
            new PageBreakBlock(),
            new HeadingBlock(1, "Evidence of electronic signature"),
            new ParagraphBlock("Recorded by ExpertNetwork when the expert signed through the personal link sent to their email address."),
            TableBlock.FromText(
                [new TableColumn("Field", 1f), new TableColumn("Value", 2.6f)],
                [
                    ["Signer name (as typed)", evidence.SignerName],
                    ["Expert (as registered)", facts.ExpertName],
                    ["Signer email", evidence.SignerEmail],
                    ["Signed (UTC)", utc],
                    ["Signed (expert's time zone)", local],
                    ["IP address", evidence.IpAddress ?? "not available"],
                    ["User agent", evidence.UserAgent ?? "not available"],
                    ["Consent", "Ticked: \"I have read this agreement and I agree to it.\""],
                    ["Document SHA-256", Grouped(document.Sha256)],
                    ["Template", $"{facts.TemplateName}, version {facts.TemplateVersion}"],
                    ["Agreement id", facts.AgreementId.ToString()],
                    ["Sent", NdaEvidenceTime.Utc(facts.SentUtc)],
                ]),
            new SpacerBlock(8f),
            new ParagraphBlock("The document SHA-256 is the hash of the agreement's text exactly as shown to the expert on the signing page (UTF-8 Markdown). Anyone holding the text can recompute it."),
        };
        return pdf.Render(new PdfDocumentModel
        {
            Title = $"{facts.TemplateName} — signed by {evidence.SignerName}",
            CreationDate = new DateTimeOffset(DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc)),
            Author = company.Value.Name,
            HeaderText = $"{facts.TemplateName} (version {facts.TemplateVersion})",
            FooterText = $"Agreement {facts.AgreementId}",
            Blocks = blocks,
        });
    }

    /// <summary>Four groups of 16, so the digest wraps readably in a table cell.</summary>
    private static string Grouped(string sha256) =>
        string.Join(' ', Enumerable.Range(0, sha256.Length / 16).Select(i => sha256.Substring(i * 16, 16)));
}
