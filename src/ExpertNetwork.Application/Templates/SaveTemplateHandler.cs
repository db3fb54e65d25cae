using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Templates;

/// <summary>
/// An admin saves an edited template. The text is validated first (syntax, front matter, variables): with any error
/// nothing is saved. It is saved as the next version only if the editor was opened on the version still in force.
/// </summary>
public sealed class SaveTemplateHandler(IAppDbContext db, ITemplateLibrary library, IClock clock, ICurrentActor actor)
{
    /// <param name="baseNumber">The version the editor was opened on (0: the shipped file).</param>
    public async Task<TemplateSaveOutcome> HandleAsync(string? key, string? text, int baseNumber, string? note, CancellationToken cancellationToken)
    {
        var template = library.Require(key);
        if (string.IsNullOrWhiteSpace(text))
            return TemplateSaveOutcome.Invalid(["The template text is empty."]);
        if (text.Length > TemplateRevision.MaxTextLength)
            return TemplateSaveOutcome.Invalid([$"A template must be at most {TemplateRevision.MaxTextLength} characters (this one has {text.Length})."]);
        var errors = library.Validate(template.Key, TemplateRevision.Normalize(text));
        if (errors.Count > 0)
            return TemplateSaveOutcome.Invalid(errors);

        var current = await db.CurrentNumberAsync(template.Key, cancellationToken);
        if (current != baseNumber)
            return await db.StaleAsync(template.Key, baseNumber, cancellationToken);

        var revision = TemplateRevision.Save(template.Key, current, text, note, actor.Name, clock.UtcNow);
        return await TemplateSaving.AddAsync(db, library, revision, baseNumber, cancellationToken);
    }
}

internal static class TemplateSaving
{
    /// <summary>Saves the new version; when another save took the same number in the meantime, reports it as stale.</summary>
    public static async Task<TemplateSaveOutcome> AddAsync(IAppDbContext db, ITemplateLibrary library, TemplateRevision revision, int baseNumber, CancellationToken cancellationToken)
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
            return await db.StaleAsync(revision.TemplateKey, baseNumber, cancellationToken);
        }
        library.VersionSaved(revision.TemplateKey);
        return TemplateSaveOutcome.Success(revision.Number);
    }
}
