namespace ExpertNetwork.Application.Templates;

/// <summary>A row of the admin's template list: which version is in force and who saved it.</summary>
public sealed record TemplateListItem(string Key, bool IsEmail, int CurrentNumber, bool IsShippedDefault, string? LastEditedBy, DateTime? LastEditedUtc);

/// <summary>A saved version in a template's history (version 0, the shipped file, is not stored and not listed).</summary>
public sealed record TemplateVersionItem(int Number, string Author, DateTime CreatedUtc, string? Note, int? RestoredFromNumber, bool IsShippedDefault, string? TextSha256);

/// <summary>What the editor shows: the text in force, the variables the template may read and the history, newest first.</summary>
public sealed record TemplateEditorView(TemplateInfo Template, int CurrentNumber, bool IsShippedDefault, string CurrentText, IReadOnlyList<TemplateVersionItem> History);

/// <summary>The text of one version; version 0 is the shipped file.</summary>
public sealed record TemplateVersionView(TemplateInfo Template, int Number, int CurrentNumber, string Text, TemplateVersionItem? Saved);

/// <summary>A preview, or the errors that prevent one.</summary>
public sealed record TemplatePreviewOutcome(TemplatePreview? Preview, IReadOnlyList<string> Errors);
