namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>What a template produces: an email (subject, HTML and text parts) or a document (Markdown for the PDF layer).</summary>
public enum TemplateKind
{
    Email,
    Document,
}
