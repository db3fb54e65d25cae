namespace ExpertNetwork.Application.Templates;

/// <summary>The admin's list of templates with the version in force of each.</summary>
public sealed class GetTemplatesHandler(IAppDbContext db, ITemplateLibrary library)
{
    public async Task<IReadOnlyList<TemplateListItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var revisions = db.TemplateRevisions.AsNoTracking();
        var current = await revisions
            .Where(r => !revisions.Any(n => n.TemplateKey == r.TemplateKey && n.Number > r.Number))
            .Select(r => new { r.TemplateKey, r.Number, IsShippedDefault = r.Text == null, r.Author, r.CreatedUtc })
            .ToDictionaryAsync(r => r.TemplateKey, cancellationToken);
        return library.All
            .Select(t => current.TryGetValue(t.Key, out var r)
                ? new TemplateListItem(t.Key, t.IsEmail, r.Number, r.IsShippedDefault, r.Author, r.CreatedUtc)
                : new TemplateListItem(t.Key, t.IsEmail, 0, true, null, null))
            .ToList();
    }
}
