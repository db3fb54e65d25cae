using System.Collections.Concurrent;
using ExpertNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>A saved version of a template that takes precedence over the shipped file.</summary>
public sealed record ActiveTemplateText(int Number, string Text, string Sha256);

/// <summary>Where the renderer learns which saved version of a template is in force.</summary>
public interface ITemplateOverrides
{
    /// <summary>The saved version in force, or null when the shipped file is (never edited, or the default was restored).</summary>
    ActiveTemplateText? Find(string name);

    /// <summary>Forgets what was read so the next render reads the database again (after a save on this node).</summary>
    void Refresh();
}

/// <summary>No saved versions: the shipped files only (tools and tests that run without a database).</summary>
public sealed class ShippedTemplatesOnly : ITemplateOverrides
{
    public static ShippedTemplatesOnly Instance { get; } = new();

    public ActiveTemplateText? Find(string name) => null;

    public void Refresh()
    {
    }
}

/// <summary>
/// Reads the version in force of every template from the database with one small query (key, number and hash of the
/// newest row per template), at most once per <see cref="TemplateOptions.RefreshSeconds"/>, and the text of a version
/// only when its hash is new. A save on this node is seen at once; a save on another node within that interval.
/// </summary>
public sealed class DatabaseTemplateOverrides(IServiceScopeFactory scopes, IOptions<TemplateOptions> options) : ITemplateOverrides
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<Guid, string> _texts = new();
    private volatile Snapshot? _snapshot;

    public ActiveTemplateText? Find(string name)
    {
        var snapshot = Current();
        if (!snapshot.Heads.TryGetValue(name, out var head) || head.Sha256 is null)
            return null;
        var text = _texts.GetOrAdd(head.Id, LoadText);
        return new ActiveTemplateText(head.Number, text, head.Sha256);
    }

    public void Refresh() => _snapshot = null;

    private Snapshot Current()
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0, options.Value.RefreshSeconds)).TotalMilliseconds;
        var snapshot = _snapshot;
        if (snapshot is not null && Environment.TickCount64 - snapshot.ReadAt < interval)
            return snapshot;
        lock (_gate)
        {
            snapshot = _snapshot;
            if (snapshot is not null && Environment.TickCount64 - snapshot.ReadAt < interval)
                return snapshot;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ExpertNetworkDbContext>();
            var revisions = db.TemplateRevisions.AsNoTracking();
            var heads = revisions
                .Where(r => !revisions.Any(n => n.TemplateKey == r.TemplateKey && n.Number > r.Number))
                .Select(r => new Head(r.Id, r.TemplateKey, r.Number, r.TextSha256))
                .ToDictionary(h => h.Key, StringComparer.Ordinal);
            foreach (var stale in _texts.Keys.Where(id => heads.Values.All(h => h.Id != id)))
                _texts.TryRemove(stale, out _);
            snapshot = new Snapshot(heads, Environment.TickCount64);
            _snapshot = snapshot;
            return snapshot;
        }
    }

    private string LoadText(Guid id)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ExpertNetworkDbContext>();
        return db.TemplateRevisions.AsNoTracking().Where(r => r.Id == id).Select(r => r.Text!).Single();
    }

    private sealed record Head(Guid Id, string Key, int Number, string? Sha256);

    private sealed record Snapshot(Dictionary<string, Head> Heads, long ReadAt);
}
