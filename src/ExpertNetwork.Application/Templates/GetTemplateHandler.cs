namespace ExpertNetwork.Application.Templates;

public sealed record GetTemplateQuery(string? Key);

/// <summary>One template for the editor: the text in force, its variables and its history.</summary>
public sealed class GetTemplateHandler(IAppDbContext db, ITemplateLibrary library)
{
    public async Task<TemplateEditorView> HandleAsync(GetTemplateQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = query.Key;
        var template = library.Require(key);
        var history = await db.TemplateRevisions.AsNoTracking()
            .Where(r => r.TemplateKey == template.Key)
            .OrderByDescending(r => r.Number)
            .Select(r => new TemplateVersionItem(r.Number, r.Author, r.CreatedUtc, r.Note, r.RestoredFromNumber, r.Text == null, r.TextSha256))
            .ToListAsync(cancellationToken);
        var current = history.FirstOrDefault();
        var text = current is null || current.IsShippedDefault
            ? library.ShippedText(template.Key)
            : await db.TemplateRevisions.AsNoTracking()
                .Where(r => r.TemplateKey == template.Key && r.Number == current.Number)
                .Select(r => r.Text!)
                .SingleAsync(cancellationToken);
        return new TemplateEditorView(template, current?.Number ?? 0, current is null || current.IsShippedDefault, text, history);
    }
}
