using System.Text.Json;
using System.Text.Json.Serialization;
using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ExpertNetwork.Infrastructure.Persistence;

/// <summary>
/// Turns the tracked changes of a save into audit events: one per changed aggregate (named by the verbs the
/// aggregate recorded) and one per changed child row, each with the before/after values of what changed.
/// Appends them to the hash chain while holding the chain head's row lock.
/// </summary>
internal static class AuditTrailWriter
{
    private const int MaxActionLength = 200;

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public sealed record PendingEvent(string Action, string EntityType, string EntityId, string? Before, string? After);

    /// <summary>An event a use case names itself, for rows that are not domain aggregates (staff users and their roles).</summary>
    public static PendingEvent Explicit(string action, string entityType, string entityId, object? before, object? after) =>
        new(action[..Math.Min(action.Length, MaxActionLength)], entityType, entityId,
            before is null ? null : JsonSerializer.Serialize(before, Json), after is null ? null : JsonSerializer.Serialize(after, Json));

    /// <summary>Collects what changed and bumps the concurrency version of every changed aggregate.</summary>
    public static List<PendingEvent> Collect(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<PendingEvent>();
        foreach (var entry in tracker.Entries().ToList())
        {
            if (entry.Entity is AuditEvent or AuditChainHead || !IsDomainType(entry.Metadata.ClrType))
                continue;
            if (entry.Entity is AggregateRoot aggregate)
            {
                var changed = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
                if (!changed && aggregate.PendingActions.Count == 0)
                    continue;
                if (entry.State is EntityState.Modified or EntityState.Unchanged)
                    aggregate.IncrementVersion();
                var action = aggregate.PendingActions.Count > 0
                    ? string.Join('+', aggregate.PendingActions)
                    : entry.State.ToString();
                pending.Add(Describe(entry, action[..Math.Min(action.Length, MaxActionLength)]));
                aggregate.ClearPendingActions();
            }
            else if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                pending.Add(Describe(entry, entry.State.ToString()));
            }
        }
        tracker.DetectChanges();
        return pending;
    }

    public static async Task AppendAsync(ExpertNetworkDbContext db, IReadOnlyList<PendingEvent> pending, ICurrentActor actor, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // Updating the head first takes its row lock (or SQLite's write lock) until commit, so concurrent
        // transactions append one after the other and never fork the chain.
        var locked = await db.AuditChainHeads
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LockCounter, h => h.LockCounter + 1), cancellationToken);
        if (locked == 0)
        {
            db.AuditChainHeads.Add(AuditChainHead.Genesis());
            await db.SaveChangesWithoutAuditAsync(cancellationToken);
        }
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
        var previousHash = head.LastHash;
        var sequence = head.LastSequence;
        AuditEvent? last = null;
        foreach (var p in pending)
        {
            last = AuditEvent.Chain(++sequence, previousHash, nowUtc, actor.Kind, Cap(actor.Id), Cap(actor.Name), p.Action, p.EntityType, p.EntityId, p.Before, p.After);
            previousHash = last.Hash;
            db.AuditEvents.Add(last);
        }
        if (last is not null)
        {
            var lastSequence = last.Sequence;
            var lastHash = last.Hash;
            await db.AuditChainHeads
                .Where(h => h.Id == AuditChainHead.SingletonId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, lastSequence).SetProperty(h => h.LastHash, lastHash), cancellationToken);
        }
    }

    private static bool IsDomainType(Type type) =>
        type.Namespace?.StartsWith("ExpertNetwork.Domain", StringComparison.Ordinal) == true;

    private static string Cap(string value) => value.Length <= TextLimits.Actor ? value : value[..TextLimits.Actor];

    private static PendingEvent Describe(EntityEntry entry, string action)
    {
        var before = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var after = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name == nameof(AggregateRoot.Version))
                continue;
            Collect(entry.State, name, property.OriginalValue, property.CurrentValue, property.IsModified, before, after,
                AlwaysFingerprinted.Contains((entry.Metadata.ClrType, name)));
        }
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
                Collect(entry.State, complex.Metadata.Name + "." + property.Metadata.Name, property.OriginalValue, property.CurrentValue, property.IsModified, before, after);
        }
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? string.Empty);
        return new PendingEvent(
            action,
            entry.Metadata.ClrType.Name,
            string.Join('/', key),
            before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
            after.Count == 0 ? null : JsonSerializer.Serialize(after, Json));
    }

    /// <summary>Bodies and file contents are kept out of the trail by value but in by fingerprint: their SHA-256 and size still prove what was stored.</summary>
    internal const int MaxAuditedTextLength = 2000;

    /// <summary>
    /// Texts recorded by fingerprint whatever their length: a queued mail's body holds its one-time links until it is
    /// sent, and the trail is never edited afterwards, so it must not keep them.
    /// </summary>
    private static readonly HashSet<(Type Entity, string Property)> AlwaysFingerprinted =
    [
        (typeof(OutboxMessage), nameof(OutboxMessage.HtmlBody)),
        (typeof(OutboxMessage), nameof(OutboxMessage.TextBody)),
    ];

    private static object? Fingerprint(object? value, bool always = false) => value switch
    {
        byte[] bytes => $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))} ({bytes.Length} bytes)",
        string text when always || text.Length > MaxAuditedTextLength =>
            $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))} ({text.Length} characters)",
        _ => value,
    };

    private static void Collect(EntityState state, string name, object? original, object? current, bool modified, IDictionary<string, object?> before, IDictionary<string, object?> after, bool fingerprintAlways = false)
    {
        original = Fingerprint(original, fingerprintAlways);
        current = Fingerprint(current, fingerprintAlways);
        switch (state)
        {
            case EntityState.Added:
                after[name] = current;
                break;
            case EntityState.Deleted:
                before[name] = original;
                break;
            case EntityState.Modified or EntityState.Unchanged when modified:
                before[name] = original;
                after[name] = current;
                break;
        }
    }
}
