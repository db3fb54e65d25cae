namespace ExpertNetwork.Application.Templates;

/// <summary>
/// Renders the product's templates: emails to subject + HTML + text, documents to Markdown for the PDF layer.
/// Template names look like <c>emails/offer</c> or <c>documents/invoice</c>.
/// </summary>
public interface ITemplateRenderer
{
    RenderedEmail RenderEmail(string name, object model);

    string RenderDocument(string name, object model);
}
