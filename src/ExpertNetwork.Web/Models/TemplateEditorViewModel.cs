using ExpertNetwork.Application.Templates;

namespace ExpertNetwork.Web.Models;

/// <summary>
/// The template editor: the template and its history, the text in the editor (the admin's own after a refused save or a
/// preview), the version it was opened on, and what the last action produced.
/// </summary>
public sealed record TemplateEditorViewModel(
    TemplateEditorView Template,
    string Text,
    int BaseNumber,
    string? Note,
    IReadOnlyList<string> Errors,
    TemplatePreview? Preview = null)
{
    /// <summary>The text in the editor differs from the version in force (an unsaved edit).</summary>
    public bool Unsaved => Text.ReplaceLineEndings("\n") != Template.CurrentText.ReplaceLineEndings("\n");

    /// <summary>Line <paramref name="number"/> (1-based) of the text in the editor, to show next to an error that names it.</summary>
    public string? Line(int number)
    {
        var lines = Text.ReplaceLineEndings("\n").Split('\n');
        return number >= 1 && number <= lines.Length ? lines[number - 1] : null;
    }
}
