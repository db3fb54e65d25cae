using System.Globalization;

namespace ExpertNetwork.Application.Templates;

/// <summary>Queries shared by the template use cases.</summary>
internal static class TemplateVersions
{
    public static TemplateInfo Require(this ITemplateLibrary library, string? key) =>
        (key is null ? null : library.Find(key)) ?? throw Refusal.NotFound($"Template '{key}'");

    /// <summary>The number of the version in force: 0 while the template was never edited.</summary>
    public static async Task<int> CurrentNumberAsync(this IAppDbContext db, string key, CancellationToken cancellationToken) =>
        await db.TemplateRevisions.Where(r => r.TemplateKey == key).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;

    /// <summary>The refusal of a save made on a version that is no longer in force, naming the version that replaced it.</summary>
    public static async Task<Refusal> StaleAsync(this IAppDbContext db, string key, int baseNumber, CancellationToken cancellationToken)
    {
        var newer = await db.TemplateRevisions.AsNoTracking()
            .Where(r => r.TemplateKey == key && r.Number > baseNumber)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Number, r.Author, r.CreatedUtc })
            .FirstAsync(cancellationToken);
        return Refusal.Of(RefusalKind.Stale,
            string.Create(CultureInfo.InvariantCulture,
                $"Someone else saved version {newer.Number} of this template ({newer.Author}, {newer.CreatedUtc:yyyy-MM-dd HH:mm} UTC) after you opened it. ") +
            $"Nothing was saved. Your text is still in the editor: compare it with version {newer.Number} in the history, then save again to replace that version.");
    }
}
