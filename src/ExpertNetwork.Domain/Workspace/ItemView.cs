using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// That an expert had an item of a Restricted project on screen, and when. Written each time the item is served,
/// resumed or opened from the done list, never changed, so the client can be told exactly who saw what.
/// </summary>
public sealed class ItemView : Entity
{
    private ItemView() { }

    public Guid ItemId { get; private set; }
    public Guid TaskSetId { get; private set; }
    public Guid ExpertId { get; private set; }
    public DateTime ViewedUtc { get; private set; }

    public static ItemView Of(TaskItem item, Guid expertId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(item);
        Guard.Utc(nowUtc, nameof(nowUtc));
        return new ItemView { ItemId = item.Id, TaskSetId = item.TaskSetId, ExpertId = expertId, ViewedUtc = nowUtc };
    }
}
