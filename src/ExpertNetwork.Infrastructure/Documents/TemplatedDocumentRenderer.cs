using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Infrastructure.Templates;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>Template -> Markdown (values escaped) -> layout blocks -> PDF, with the file's SHA-256.</summary>
public sealed class TemplatedDocumentRenderer(ITemplateRenderer templates, IPdfRenderer pdf, IClock clock) : IDocumentRenderer
{
    public RenderedDocument Render(string templateName, object model, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var markdown = templates.RenderDocument(templateName, model);
        var bytes = pdf.Render(new PdfDocumentModel
        {
            Title = options.Title,
            CreationDate = new DateTimeOffset(DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc)),
            Author = "ExpertNetwork",
            HeaderText = options.HeaderText,
            FooterText = options.FooterText,
            Blocks = MarkdownBlockConverter.Convert(markdown),
        });
        return new RenderedDocument(bytes, DocumentHash.Sha256Hex(bytes));
    }
}
