namespace ExpertNetwork.Application.Common;

/// <summary>
/// An audit event for a change made by a bulk update (<c>ExecuteUpdate</c>), which the change tracker does not see:
/// the use case states what it changed, and the save of its transaction chains the event with the others.
/// </summary>
public sealed record BulkChangeAudit(
    string Action,
    string EntityType,
    Guid EntityId,
    IReadOnlyDictionary<string, object?>? Before,
    IReadOnlyDictionary<string, object?>? After);
