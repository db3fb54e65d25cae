using ExpertNetwork.Domain.Common;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Templates;

/// <summary>
/// Brings an older version back into force by saving it as a new version (history is never rewritten). Version 0
/// restores the shipped file. An old text is validated again first: it must still fit the variables of this release.
/// </summary>
public sealed class RestoreTemplateVersionHandler(IAppDbContext db, ITemplateLibrary library, IClock clock, ICurrentActor actor)
{
    public async Task<TemplateSaveOutcome> HandleAsync(string? key, int number, int baseNumber, string? note, CancellationToken cancellationToken)
    {
        var template = library.Require(key);
        var current = await db.CurrentNumberAsync(template.Key, cancellationToken);
        if (current != baseNumber)
            return await db.StaleAsync(template.Key, baseNumber, cancellationToken);
        if (number < 0 || number > current)
            throw Refusal.NotFound($"Version {number} of template '{template.Key}'");
        if (number == current)
            return TemplateSaveOutcome.Invalid([$"Version {number} is already in force."]);

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
                return TemplateSaveOutcome.Invalid([$"Version {number} no longer fits this template:", .. errors]);
            revision = TemplateRevision.Save(template.Key, current, text, note, actor.Name, clock.UtcNow, restoredFromNumber: number);
        }
        return await TemplateSaving.AddAsync(db, library, revision, baseNumber, cancellationToken);
    }
}
