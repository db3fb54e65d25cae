using ExpertNetwork.Application.Common;
using ExpertNetwork.Application.Documents;
using ExpertNetwork.Application.Templates;
using ExpertNetwork.Infrastructure.Documents;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>The <see cref="TemplateCatalog"/>, the shipped files and the validator behind the admin's template editor.</summary>
public sealed class TemplateLibrary(TemplateEngine engine, ITemplateOverrides overrides, IPdfRenderer pdf, IClock clock) : ITemplateLibrary
{
    public IReadOnlyList<TemplateInfo> All { get; } = TemplateCatalog.All.Select(ToInfo).ToList();

    public TemplateInfo? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    public string ShippedText(string key) => engine.LoadText(key);

    public IReadOnlyList<string> Validate(string key, string text) =>
        TemplateValidator.Validate(key, text).Select(e => e.Message).ToList();

    public TemplatePreview Preview(string key, string text)
    {
        var definition = TemplateCatalog.Get(key);
        if (definition.Kind == TemplateKind.Email)
        {
            var email = TemplateEngine.RenderEmailText(key, text, definition.SampleModel);
            var markdown = TemplateEngine.RenderEmailBodyText(key, text, definition.SampleModel);
            return new TemplatePreview(email.Subject, MarkdownRendering.ToPageHtml(markdown), email.Text);
        }

        return new TemplatePreview(null, MarkdownRendering.ToPageHtml(TemplateEngine.RenderDocumentText(key, text, definition.SampleModel)), null);
    }

    public RenderedDocument PreviewPdf(string key, string text)
    {
        var markdown = TemplateEngine.RenderDocumentText(key, text, TemplateCatalog.Get(key).SampleModel);
        var bytes = pdf.Render(new PdfDocumentModel
        {
            Title = "Preview of " + key,
            CreationDate = new DateTimeOffset(DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc)),
            Author = "ExpertNetwork",
            HeaderText = "ExpertNetwork",
            FooterText = "Preview with sample data",
            Blocks = MarkdownBlockConverter.Convert(markdown),
        });
        return new RenderedDocument(bytes, DocumentHash.Sha256Hex(bytes));
    }

    public object SampleModel(string key) => TemplateCatalog.Get(key).SampleModel;

    public void VersionSaved(string key) => overrides.Refresh();

    private static TemplateInfo ToInfo(TemplateDefinition definition) =>
        new(definition.Name, definition.Kind == TemplateKind.Email, definition.Variables);
}
