namespace ExpertNetwork.Application.Templates;

public sealed record GetTemplateVersionQuery(string? Key, int Number);

/// <summary>The text of one version of a template, e.g. to compare it with the current one or restore it.</summary>
public sealed class GetTemplateVersionHandler(IAppDbContext db, ITemplateLibrary library)
{
    public async Task<TemplateVersionView> HandleAsync(GetTemplateVersionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (key, number) = query;
        var template = library.Require(key);
        var currentNumber = await db.CurrentNumberAsync(template.Key, cancellationToken);
        if (number == 0)
            return new TemplateVersionView(template, 0, currentNumber, library.ShippedText(template.Key), null);
        var revision = await db.TemplateRevisions.AsNoTracking()
            .Where(r => r.TemplateKey == template.Key && r.Number == number)
            .Select(r => new { r.Text, Item = new TemplateVersionItem(r.Number, r.Author, r.CreatedUtc, r.Note, r.RestoredFromNumber, r.Text == null, r.TextSha256) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw Refusal.NotFound($"Version {number} of template '{template.Key}'");
        return new TemplateVersionView(template, number, currentNumber, revision.Text ?? library.ShippedText(template.Key), revision.Item);
    }
}
