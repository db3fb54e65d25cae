using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// One revision of an expert's answer to an item. A correction never edits a judgment: it marks the current revision
/// superseded and adds the next one, so the history stays. Each revision records the guideline version in force
/// when it was made. Corrections stop when the task set closes.
/// </summary>
public sealed class Judgment : AggregateRoot
{
    private Judgment() { Answer = string.Empty; }

    public Guid AssignmentId { get; private set; }
    public Guid ItemId { get; private set; }
    public Guid TaskSetId { get; private set; }
    public Guid ExpertId { get; private set; }
    public int GuidelineVersion { get; private set; }

    /// <summary>The <see cref="TaskAnswer"/> as JSON; a pairwise answer holds both the choice as shown and in import order.</summary>
    public string Answer { get; private set; }

    public DateTime SubmittedUtc { get; private set; }

    /// <summary>1 for the submitted answer, then one more per correction.</summary>
    public int Revision { get; private set; }

    /// <summary>When a correction replaced this revision; null for the current one.</summary>
    public DateTime? SupersededUtc { get; private set; }

    /// <summary>Copied from the assignment so a correction reads the choice in the order the expert saw.</summary>
    public bool SwapResponses { get; private set; }

    /// <summary>Practice judgments are kept to show the expert how they did, and left out of progress, agreement and exports.</summary>
    public bool IsPractice { get; private set; }

    public bool IsCurrent => SupersededUtc is null;

    internal static Judgment First(Assignment assignment, TaskSet set, TaskItem item, TaskAnswer answer, DateTime nowUtc)
    {
        var judgment = new Judgment
        {
            AssignmentId = assignment.Id,
            ItemId = item.Id,
            TaskSetId = set.Id,
            ExpertId = assignment.ExpertId,
            GuidelineVersion = set.CurrentGuidelineVersion,
            Answer = answer.ToJson(),
            SubmittedUtc = nowUtc,
            Revision = 1,
            SwapResponses = assignment.SwapResponses,
            IsPractice = item.IsPractice,
        };
        judgment.Record("Submitted");
        return judgment;
    }

    /// <summary>Replaces this answer with a corrected one, checked against the set's rules as they are now; returns the new revision.</summary>
    public Judgment Correct(TaskSet set, Guid expertId, string answerJson, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(set);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (set.Id != TaskSetId)
            throw new ArgumentException("The task set is not this judgment's.", nameof(set));
        if (expertId != ExpertId)
            throw Refusal.Conflict("Only the expert who made a judgment can correct it.");
        if (!IsCurrent)
            throw Refusal.Conflict("This answer has already been corrected; correct the latest version instead.");
        set.RequireAcceptsWork("corrected");
        var answer = TaskAnswer.Parse(set, answerJson, SwapResponses);
        SupersededUtc = nowUtc;
        Record("Superseded");
        var next = new Judgment
        {
            AssignmentId = AssignmentId,
            ItemId = ItemId,
            TaskSetId = TaskSetId,
            ExpertId = ExpertId,
            GuidelineVersion = set.CurrentGuidelineVersion,
            Answer = answer.ToJson(),
            SubmittedUtc = nowUtc,
            Revision = Revision + 1,
            SwapResponses = SwapResponses,
            IsPractice = IsPractice,
        };
        next.Record("Corrected");
        return next;
    }
}
