namespace ExpertNetwork.Application.Templates;

/// <summary>An email rendered from a template: a one-line subject, an HTML body and a plain-text body.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
