using System.Globalization;
using System.Text;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Engagements;
using ExpertNetwork.Infrastructure.Templates;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// The engagement contract: the (admin-editable) <c>documents/contract</c> template filled in for one engagement,
/// followed by a fixed "engagement terms" table with every agreed rate. The SHA-256 is of that Markdown text as
/// UTF-8, so the words the expert reads on the offer page are the words the hash, and the accepted PDF, prove.
/// </summary>
public sealed class ContractDocuments(TemplateEngine templates, IPdfRenderer pdf, IOptions<CompanyOptions> company, IClock clock) : IContractDocuments
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private static readonly HandlebarsTemplate<object, object> Terms = TemplateEngine.CreateHandlebars(new MarkdownTextEncoder()).Compile("""


        ## Engagement terms

        | Item | Details |
        | :--- | :--- |
        | Engagement id | {{engagement.id}} |
        | Expert | {{expert.name}} ({{expert.email}}) |
        | Project | {{project.title}} |
        | Role | {{engagement.activity}} |
        | Window | {{date engagement.start}} to {{date engagement.end}} |
        | Hours per week | {{hours engagement.hoursPerWeek}} |
        | Hours cap | {{hours engagement.hoursCap}} over the whole window |

        ## Agreed hourly rates

        These rates are fixed for this engagement; later changes to the Expert's rate card do not apply to it.

        | Activity | Hourly rate |
        | :--- | ---: |
        {{#each rates}}
        | {{activity}} | {{money amount currency}} |
        {{/each}}

        """);

    public ContractDocument Render(ContractFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var main = facts.MainRate;
        var body = templates.RenderDocument(TemplateCatalog.Names.ContractDocument, new
        {
            contract = new { number = Number(facts), date = DateOnly.FromDateTime(facts.OfferedUtc) },
            company = new
            {
                name = company.Value.Name,
                address = Or(company.Value.Address, "address on file"),
                taxId = Or(company.Value.TaxId, "on file"),
            },
            expert = new { name = facts.ExpertName, address = facts.ExpertCountry },
            project = new { title = facts.ProjectTitle, client = facts.ClientName },
            engagement = new
            {
                startDate = facts.Window.Start,
                endDate = facts.Window.End,
                rate = main.Amount,
                currency = main.Currency,
                hours = facts.HoursCap,
                paymentTermsDays = company.Value.ExpertPaymentTermsDays,
            },
        });
        var markdown = body.TrimEnd() + Terms(new
        {
            engagement = new
            {
                id = facts.EngagementId.ToString(),
                activity = ActivityNames.Describe(facts.Activity),
                start = facts.Window.Start,
                end = facts.Window.End,
                hoursPerWeek = facts.HoursPerWeek,
                hoursCap = facts.HoursCap,
            },
            expert = new { name = facts.ExpertName, email = facts.ExpertEmail },
            project = new { title = facts.ProjectTitle },
            rates = facts.Rates.Select(r => new { activity = ActivityNames.Describe(r.Activity), amount = r.HourlyRate.Amount, currency = r.HourlyRate.Currency }).ToList(),
        });
        return new ContractDocument(facts, markdown, MarkdownRendering.ToPageHtml(markdown, headingOffset: 1), DocumentHash.Sha256Hex(Encoding.UTF8.GetBytes(markdown)));
    }

    public byte[] RenderPreview(ContractDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock([new TextRun("Preview for reading. ", Bold: true), new TextRun("This copy is not signed; accepting the offer on its page produces the signed contract.")]),
            new SpacerBlock(8f),
        };
        blocks.AddRange(MarkdownBlockConverter.Convert(document.Markdown));
        return Pdf(document, "preview", blocks);
    }

    public byte[] RenderAccepted(ContractDocument document, ContractAcceptanceEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(evidence);
        var facts = document.Facts;
        var utc = NdaEvidenceTime.Utc(evidence.AcceptedUtc);
        var local = NdaEvidenceTime.Local(evidence.AcceptedUtc, evidence.TimeZoneId);
        var blocks = new List<DocumentBlock>(MarkdownBlockConverter.Convert(document.Markdown))
        {
            new SpacerBlock(12f),
            new KeepTogetherBlock(
            [
                new HeadingBlock(2, "Acceptance"),
                new ParagraphBlock([new TextRun("Accepted electronically by "), new TextRun(evidence.SignerName, Bold: true), new TextRun(", who typed their full name and confirmed: \"I accept this engagement on the terms of this contract.\"")]),
                new ParagraphBlock([new TextRun("Accepted on "), new TextRun(utc, Bold: true), new TextRun($" ({local}).")]),
                new ParagraphBlock("The evidence of this acceptance is on the last page."),
            ]),
            new PageBreakBlock(),
            new HeadingBlock(1, "Evidence of electronic acceptance"),
            new ParagraphBlock("Recorded by ExpertNetwork when the expert accepted through the personal offer link sent to their email address."),
            TableBlock.FromText(
                [new TableColumn("Field", 1f), new TableColumn("Value", 2.6f)],
                [
                    ["Accepted by (as typed)", evidence.SignerName],
                    ["Expert (as registered)", facts.ExpertName],
                    ["Expert email", evidence.SignerEmail],
                    ["Accepted (UTC)", utc],
                    ["Accepted (expert's time zone)", local],
                    ["IP address", evidence.IpAddress ?? "not available"],
                    ["User agent", evidence.UserAgent ?? "not available"],
                    ["Consent", "Ticked: \"I accept this engagement on the terms of this contract.\""],
                    ["Contract SHA-256", Grouped(document.Sha256)],
                    ["Engagement id", facts.EngagementId.ToString()],
                    ["Agreed rate", $"{facts.MainRate.Amount.ToString("#,##0.00", Culture)} {facts.MainRate.Currency} per hour ({ActivityNames.Describe(facts.Activity)})"],
                    ["NDA", evidence.NdaNote ?? "not applicable"],
                    ["Conflict of interest", evidence.ConflictNote ?? "not applicable"],
                    ["Offered", NdaEvidenceTime.Utc(facts.OfferedUtc)],
                ]),
            new SpacerBlock(8f),
            new ParagraphBlock("The contract SHA-256 is the hash of the contract's text exactly as shown to the expert on the offer page (UTF-8 Markdown). Anyone holding the text can recompute it."),
        };
        return Pdf(document, $"accepted by {evidence.SignerName}", blocks);
    }

    private byte[] Pdf(ContractDocument document, string what, IReadOnlyList<DocumentBlock> blocks) => pdf.Render(new PdfDocumentModel
    {
        Title = $"Consulting agreement {Number(document.Facts)} — {what}",
        CreationDate = new DateTimeOffset(DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc)),
        Author = company.Value.Name,
        HeaderText = $"Consulting agreement {Number(document.Facts)}",
        FooterText = $"Engagement {document.Facts.EngagementId}",
        Blocks = blocks,
    });

    /// <summary>A short, stable agreement number: the offer's year and the random tail of the engagement id.</summary>
    private static string Number(ContractFacts facts) =>
        string.Create(Culture, $"C-{facts.OfferedUtc:yyyy}-{facts.EngagementId.ToString("N")[^8..].ToUpperInvariant()}");

    private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static string Grouped(string sha256) =>
        string.Join(' ', Enumerable.Range(0, sha256.Length / 16).Select(i => sha256.Substring(i * 16, 16)));
}
