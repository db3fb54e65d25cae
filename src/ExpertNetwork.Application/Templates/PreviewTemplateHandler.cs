using ExpertNetwork.Application.Documents;
using ExpertNetwork.Domain.Templates;

namespace ExpertNetwork.Application.Templates;

/// <summary>Renders an edited text with the template's sample data. Nothing is saved.</summary>
public sealed class PreviewTemplateHandler(ITemplateLibrary library)
{
    public TemplatePreviewOutcome Handle(string? key, string? text)
    {
        var template = library.Require(key);
        var errors = Validate(template, text);
        return errors.Count > 0
            ? new TemplatePreviewOutcome(null, errors)
            : new TemplatePreviewOutcome(library.Preview(template.Key, TemplateRevision.Normalize(text!)), []);
    }

    /// <returns>The PDF, or null with the errors when the text is not valid or the template is not a document.</returns>
    public (RenderedDocument? Pdf, IReadOnlyList<string> Errors) HandlePdf(string? key, string? text)
    {
        var template = library.Require(key);
        if (template.IsEmail)
            return (null, ["An email template has no PDF; use Preview."]);
        var errors = Validate(template, text);
        return errors.Count > 0 ? (null, errors) : (library.PreviewPdf(template.Key, TemplateRevision.Normalize(text!)), []);
    }

    private IReadOnlyList<string> Validate(TemplateInfo template, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ["The template text is empty."];
        if (text.Length > TemplateRevision.MaxTextLength)
            return [$"A template must be at most {TemplateRevision.MaxTextLength} characters (this one has {text.Length})."];
        return library.Validate(template.Key, TemplateRevision.Normalize(text));
    }
}
