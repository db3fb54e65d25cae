using ExpertNetwork.Domain.Templates;

namespace ExpertNetwork.Application.Templates;

/// <summary>An edited template text, saved on the version the editor was opened on (0: the shipped file).</summary>
public sealed record SaveTemplateCommand(string? Key, string? Text, int BaseNumber, string? Note);

/// <summary>
/// An admin saves an edited template. The text is validated first (syntax, front matter, variables): with any error
/// nothing is saved. It is saved as the next version only if the editor was opened on the version still in force.
/// </summary>
public sealed class SaveTemplateHandler(IAppDbContext db, ITemplateLibrary library, IClock clock, ICurrentActor actor)
{
    /// <returns>The number of the saved version.</returns>
    public async Task<int> HandleAsync(SaveTemplateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (key, text, baseNumber, note) = command;
        var template = library.Require(key);
        if (string.IsNullOrWhiteSpace(text))
            throw Refusal.Invalid("The template text is empty.", "Text");
        if (text.Length > TemplateRevision.MaxTextLength)
            throw Refusal.Invalid($"A template must be at most {TemplateRevision.MaxTextLength} characters (this one has {text.Length}).", "Text");
        var errors = library.Validate(template.Key, TemplateRevision.Normalize(text));
        if (errors.Count > 0)
            throw TemplateSaving.Invalid(errors);

        var current = await db.CurrentNumberAsync(template.Key, cancellationToken);
        if (current != baseNumber)
            throw await db.StaleAsync(template.Key, baseNumber, cancellationToken);

        var revision = TemplateRevision.Save(template.Key, current, text, note, actor.Name, clock.UtcNow);
        return await TemplateSaving.AddAsync(db, library, revision, baseNumber, cancellationToken);
    }
}

internal static class TemplateSaving
{
    /// <summary>Errors found in a template text, each refused as a problem of the text.</summary>
    public static Refusal Invalid(IEnumerable<string> errors) => Refusal.Invalid([.. errors.Select(e => new RefusedField("Text", e))]);

    /// <summary>Saves the new version; when another save took the same number in the meantime, refuses it as stale.</summary>
    /// <returns>The number of the saved version.</returns>
    public static async Task<int> AddAsync(IAppDbContext db, ITemplateLibrary library, TemplateRevision revision, int baseNumber, CancellationToken cancellationToken)
    {
        db.TemplateRevisions.Add(revision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (template, number) index refused a second version with the same number: someone saved first.
            db.TemplateRevisions.Entry(revision).State = EntityState.Detached;
            if (await db.CurrentNumberAsync(revision.TemplateKey, cancellationToken) == baseNumber)
                throw;
            throw await db.StaleAsync(revision.TemplateKey, baseNumber, cancellationToken);
        }
        library.VersionSaved(revision.TemplateKey);
        return revision.Number;
    }
}
