using ExpertNetwork.Application.Documents;

namespace ExpertNetwork.Application.Templates;

/// <summary>A template the product ships: its key (<c>emails/offer</c>), whether it is an email or a document, and the variables it may read.</summary>
public sealed record TemplateInfo(string Key, bool IsEmail, IReadOnlyList<string> Variables);

/// <summary>
/// A template rendered with its sample data, without saving anything. <see cref="Html"/> is the body as HTML made by the
/// Markdown pipeline (raw HTML disabled, values escaped), safe to show inside a page; <see cref="Subject"/> and
/// <see cref="Text"/> are the email's subject and plain-text part (null for documents).
/// </summary>
public sealed record TemplatePreview(string? Subject, string Html, string? Text);

/// <summary>
/// The templates the product ships, for the admin editor: what exists, the shipped text, validation of an edit,
/// and previews with each template's sample data.
/// </summary>
public interface ITemplateLibrary
{
    IReadOnlyList<TemplateInfo> All { get; }

    TemplateInfo? Find(string key);

    /// <summary>The text of the shipped file (version 0).</summary>
    string ShippedText(string key);

    /// <summary>What is wrong with <paramref name="text"/> as the template <paramref name="key"/>; empty when it can be saved.</summary>
    IReadOnlyList<string> Validate(string key, string text);

    /// <summary>Renders <paramref name="text"/> (which must be valid) with the template's sample data.</summary>
    TemplatePreview Preview(string key, string text);

    /// <summary>Renders a document template's <paramref name="text"/> (which must be valid) with its sample data to PDF.</summary>
    RenderedDocument PreviewPdf(string key, string text);

    /// <summary>The sample data previews use, e.g. to send a test email with the template in force.</summary>
    object SampleModel(string key);

    /// <summary>Tells this node's renderer that a new version was saved, so it is used from the next render on.</summary>
    void VersionSaved(string key);
}
