using ExpertNetwork.Domain.Templates;

namespace ExpertNetwork.Application.Templates;

/// <summary>Bring a version (0: the shipped file) back into force, on the version the editor was opened on.</summary>
public sealed record RestoreTemplateVersionCommand(string? Key, int Number, int BaseNumber, string? Note);

/// <summary>
/// Brings an older version back into force by saving it as a new version (history is never rewritten). Version 0
/// restores the shipped file. An old text is validated again first: it must still fit the variables of this release.
/// </summary>
public sealed class RestoreTemplateVersionHandler(IAppDbContext db, ITemplateLibrary library, IClock clock, ICurrentActor actor)
{
    /// <returns>The number of the new version.</returns>
    public async Task<int> HandleAsync(RestoreTemplateVersionCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (key, number, baseNumber, note) = command;
        var template = library.Require(key);
        var current = await db.CurrentNumberAsync(template.Key, cancellationToken);
        if (current != baseNumber)
            throw await db.StaleAsync(template.Key, baseNumber, cancellationToken);
        if (number < 0 || number > current)
            throw Refusal.NotFound($"Version {number} of template '{template.Key}'");
        if (number == current)
            throw Refusal.Invalid($"Version {number} is already in force.");

        var text = number == 0
            ? null
            : await db.TemplateRevisions.AsNoTracking()
                .Where(r => r.TemplateKey == template.Key && r.Number == number)
                .Select(r => r.Text)
                .SingleAsync(cancellationToken);
        TemplateRevision revision;
        if (text is null)
        {
            revision = TemplateRevision.RestoreShippedDefault(template.Key, current, note, actor.Name, clock.UtcNow);
        }
        else
        {
            var errors = library.Validate(template.Key, text);
            if (errors.Count > 0)
                throw Refusal.Invalid([new RefusedField("Number", $"Version {number} no longer fits this template:"), .. errors.Select(e => new RefusedField("Number", e))]);
            revision = TemplateRevision.Save(template.Key, current, text, note, actor.Name, clock.UtcNow, restoredFromNumber: number);
        }
        return await TemplateSaving.AddAsync(db, library, revision, baseNumber, cancellationToken);
    }
}
