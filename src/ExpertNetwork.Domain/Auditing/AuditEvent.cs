using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ExpertNetwork.Domain.Auditing;

/// <summary>
/// One state change, append-only. Each event's hash covers its own content and the previous event's hash, so
/// editing, deleting or reordering any stored event breaks every link after it.
/// </summary>
public sealed class AuditEvent
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEvent()
    {
        ActorId = ActorName = Action = EntityType = EntityId = PreviousHash = Hash = string.Empty;
    }

    public long Sequence { get; private set; }
    public DateTime OccurredUtc { get; private set; }
    public ActorKind ActorKind { get; private set; }
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }
    public string Action { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    public static AuditEvent Chain(
        long sequence, string previousHash, DateTime occurredUtc, ActorKind actorKind, string actorId, string actorName,
        string action, string entityType, string entityId, string? before, string? after)
    {
        var e = new AuditEvent
        {
            Sequence = sequence,
            PreviousHash = previousHash,
            OccurredUtc = DateTime.SpecifyKind(occurredUtc, DateTimeKind.Utc),
            ActorKind = actorKind,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before,
            After = after,
        };
        e.Hash = e.ComputeHash();
        return e;
    }

    /// <summary>The hash this event should carry given its stored content; compare with <see cref="Hash"/> to verify.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            PreviousHash,
            // Round to whole microseconds: every supported database keeps at least that precision.
            (OccurredUtc.Ticks / 10).ToString(CultureInfo.InvariantCulture),
            ActorKind.ToString(),
            ActorId,
            ActorName,
            Action,
            EntityType,
            EntityId,
            Before ?? string.Empty,
            After ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
