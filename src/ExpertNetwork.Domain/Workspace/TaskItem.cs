using System.Security.Cryptography;
using System.Text;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// One thing to judge. Its content is fixed at import. The only thing that changes afterwards is
/// <see cref="JudgmentsSubmitted"/>, which the submitting use case raises with a conditional UPDATE
/// (<c>... SET JudgmentsSubmitted = JudgmentsSubmitted + 1 WHERE Id = @id AND JudgmentsSubmitted &lt; @overlap</c>):
/// the row count says whether the judgment got the slot, so two experts racing for the last one cannot make k + 1.
/// Practice items are served to everyone before the real work and never counted.
/// </summary>
public sealed class TaskItem : Entity
{
    public const int MaxContentBytes = 256 * 1024;
    public const int MaxExternalIdLength = 200;

    private TaskItem() { ExternalId = Content = string.Empty; }

    public Guid TaskSetId { get; private set; }

    /// <summary>The id the item had in the client's file; unique within the task set, and what exports carry.</summary>
    public string ExternalId { get; private set; }

    /// <summary>Position in import order, from 1.</summary>
    public int Sequence { get; private set; }

    /// <summary>A fixed pseudo-random number per item, so a shuffled set is served in the same order on every request and database.</summary>
    public long ShuffleKey { get; private set; }

    public bool IsPractice { get; private set; }

    /// <summary>The item's <see cref="ItemContent"/> as JSON.</summary>
    public string Content { get; private set; }

    /// <summary>For a practice item: the answer shown after the expert submits, as <see cref="TaskAnswer"/> JSON in import order.</summary>
    public string? ExpectedAnswer { get; private set; }

    /// <summary>Counted judgments so far; never more than the set's overlap.</summary>
    public int JudgmentsSubmitted { get; private set; }

    /// <summary>
    /// True once the item has the set's overlap of judgments. Kept as a column (set by the same conditional UPDATE,
    /// and recomputed when the overlap changes) so the next-item query starts at the first open item through an index
    /// instead of stepping over every finished one.
    /// </summary>
    public bool IsComplete { get; private set; }

    public DateTime ImportedUtc { get; private set; }

    public static TaskItem Import(
        TaskSet set, string externalId, int sequence, ItemContent content, bool isPractice, TaskAnswer? expectedAnswer, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(content);
        Guard.Utc(nowUtc, nameof(nowUtc));
        set.RequireAcceptsItems();
        if (content.Type != set.Type)
            throw Refusal.Invalid($"This is a {TaskSet.Describe(content.Type)} item, but the task set is {TaskSet.Describe(set.Type)}.");
        if (sequence < 1)
            throw new ArgumentOutOfRangeException(nameof(sequence), "Items are numbered from 1.");
        if (expectedAnswer is not null && !isPractice)
            throw Refusal.Invalid("Only a practice item has an expected answer.", "expected_answer");
        var json = content.ToJson();
        if (Encoding.UTF8.GetByteCount(json) > MaxContentBytes)
            throw Refusal.Invalid($"The item is larger than {MaxContentBytes / 1024} KB.");
        var id = WorkspaceText.Required(externalId, "The item id", MaxExternalIdLength, "id");
        return new TaskItem
        {
            TaskSetId = set.Id,
            ExternalId = id,
            Sequence = sequence,
            ShuffleKey = ShuffleKeyFor(set.Id, id),
            IsPractice = isPractice,
            Content = json,
            ExpectedAnswer = expectedAnswer?.ToJson(),
            ImportedUtc = nowUtc,
        };
    }

    public ItemContent ReadContent(TaskType type) => ItemContent.Parse(type, Content);

    /// <summary>Whether the item is still served: practice items always are; others until they have the set's overlap.</summary>
    public bool NeedsJudgments(TaskSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return IsPractice || JudgmentsSubmitted < set.Overlap;
    }

    /// <summary>
    /// The in-memory form of the conditional UPDATE: takes one of the item's judgment slots, or says there is none left.
    /// Practice judgments take no slot.
    /// </summary>
    public bool TryCountJudgment(TaskSet set)
    {
        if (!NeedsJudgments(set))
            return false;
        if (!IsPractice)
        {
            JudgmentsSubmitted++;
            IsComplete = JudgmentsSubmitted >= set.Overlap;
        }
        return true;
    }

    /// <summary>Whether an item with this many counted judgments is complete under the overlap (practice items never are).</summary>
    public static bool CompleteAt(bool isPractice, int judgmentsSubmitted, int overlap) => !isPractice && judgmentsSubmitted >= overlap;

    /// <summary>SHA-256 of set id and external id: stable across processes and databases (unlike string hash codes), and unpredictable from the file.</summary>
    public static long ShuffleKeyFor(Guid taskSetId, string externalId)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        var bytes = Encoding.UTF8.GetBytes(taskSetId.ToString("N") + "\n" + externalId);
        return BitConverter.ToInt64(SHA256.HashData(bytes), 0);
    }
}
