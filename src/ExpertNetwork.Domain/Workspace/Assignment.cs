using System.Linq.Expressions;
using ExpertNetwork.Domain.Common;

namespace ExpertNetwork.Domain.Workspace;

/// <summary>
/// One item leased to one expert. Leased -> Submitted | Skipped | Expired. There is at most one assignment per item and
/// expert (a unique index), so nobody is served the same item twice.
/// <para>
/// The lease rule: a lease runs <see cref="LeaseMinutes"/> from when it was taken and each draft save pushes it out
/// again. Once it has lapsed the item is back in the pool and another expert may take it, so a lapsed assignment
/// accepts no draft and no answer until the use case renews it (<see cref="Renew"/>), which it does only when no
/// other expert holds the item and the item still needs judgments.
/// </para>
/// </summary>
public sealed class Assignment : AggregateRoot
{
    public const int MaxDraftLength = 64 * 1024;
    public const int MaxActiveSecondsPerCall = 120;

    private Assignment() { }

    public Guid ItemId { get; private set; }
    public Guid TaskSetId { get; private set; }
    public Guid ExpertId { get; private set; }
    public Guid EngagementId { get; private set; }
    public AssignmentState State { get; private set; }
    public DateTime LeasedUtc { get; private set; }
    public DateTime LeaseExpiresUtc { get; private set; }
    public int LeaseMinutes { get; private set; }

    /// <summary>Pairwise: the responses were shown to this expert as (response_b, response_a). Chosen at random when leased and kept.</summary>
    public bool SwapResponses { get; private set; }

    /// <summary>The unsubmitted answer as the screen last saved it (JSON, not yet checked against the rules).</summary>
    public string? Draft { get; private set; }
    public DateTime? DraftSavedUtc { get; private set; }

    /// <summary>The client's counter for its saves; a save with a number not above this one is older and is ignored.</summary>
    public long DraftRevision { get; private set; }

    /// <summary>Seconds the expert actively worked on the item (tab visible, recent interaction), as reported by the screen.</summary>
    public int ActiveSeconds { get; private set; }

    public DateTime? SubmittedUtc { get; private set; }
    public DateTime? SkippedUtc { get; private set; }
    public string? SkipReason { get; private set; }

    private static readonly Rule<Assignment, DateTime> LeaseLapsed = new((a, nowUtc) =>
        a.State == AssignmentState.Leased && a.LeaseExpiresUtc < nowUtc);

    /// <summary>The lease rule, for queries: assignments still leased whose lease has run out, so their item is back in the pool.</summary>
    public static Expression<Func<Assignment, bool>> LeaseLapsedAt(DateTime nowUtc) => LeaseLapsed.At(nowUtc);

    /// <summary><see cref="LeaseLapsedAt"/> for a loaded assignment.</summary>
    public bool IsLeaseLapsedAt(DateTime nowUtc) => LeaseLapsed.IsMetBy(this, nowUtc);

    /// <summary>Leases an item to an expert. Whether the expert may work on the set at all (engagement, NDA, sprint) is the use case's check.</summary>
    public static Assignment Lease(TaskSet set, TaskItem item, Guid expertId, Guid engagementId, bool swapResponses, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(item);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (item.TaskSetId != set.Id)
            throw new ArgumentException("The item is not in this task set.", nameof(item));
        if (!set.AcceptsWork)
            throw Refusal.Conflict($"This task set is {set.Status.ToString().ToLowerInvariant()}, so it has no items to work on.");
        if (!item.NeedsJudgments(set))
            throw Refusal.Conflict("This item already has all the judgments it needs.");
        var assignment = new Assignment
        {
            ItemId = item.Id,
            TaskSetId = set.Id,
            ExpertId = expertId,
            EngagementId = engagementId,
            State = AssignmentState.Leased,
            LeasedUtc = nowUtc,
            LeaseMinutes = set.LeaseMinutes,
            LeaseExpiresUtc = nowUtc.AddMinutes(set.LeaseMinutes),
            SwapResponses = set.Type == TaskType.Pairwise && swapResponses,
        };
        assignment.Record("Leased");
        return assignment;
    }

    /// <summary>
    /// Keeps the latest draft. Returns false, changing nothing, when a newer save already arrived (a queued retry
    /// delivered late must not overwrite what the expert typed after it). Each save extends the lease.
    /// </summary>
    public bool SaveDraft(string draftJson, long revision, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        RequireLiveLease("saved", nowUtc);
        if (revision <= DraftRevision)
            return false;
        if (draftJson?.Length > MaxDraftLength)
            throw Refusal.Invalid($"The draft is larger than {MaxDraftLength / 1024} KB.", "Draft");
        ItemContent.ParseObject(draftJson, "The draft").Dispose();
        Draft = draftJson;
        DraftRevision = revision;
        DraftSavedUtc = nowUtc;
        Extend(nowUtc);
        return true;
    }

    /// <summary>Takes a lapsed lease back. The use case calls it only when no one else holds the item and it still needs judgments.</summary>
    public void Renew(DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (State is not (AssignmentState.Leased or AssignmentState.Expired))
            throw Refusal.Conflict($"This item was {State.ToString().ToLowerInvariant()}, so it cannot be taken up again.");
        State = AssignmentState.Leased;
        LeaseExpiresUtc = nowUtc.AddMinutes(LeaseMinutes);
        Record("Renewed");
    }

    /// <summary>Puts the item aside for good with the expert's reason; it is not served to them again. A lapsed lease may be skipped too.</summary>
    public void Skip(string reason, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (State is not (AssignmentState.Leased or AssignmentState.Expired))
            throw Refusal.Conflict($"This item was already {State.ToString().ToLowerInvariant()}, so it cannot be skipped.");
        SkipReason = WorkspaceText.Required(reason, "A reason for skipping", TextLimits.Reason, "Reason");
        State = AssignmentState.Skipped;
        SkippedUtc = nowUtc;
        Record("Skipped");
    }

    /// <summary>Marks a lapsed lease expired. Idempotent for the sweeping job; false when nothing changed.</summary>
    public bool ExpireIfDue(DateTime nowUtc)
    {
        if (!IsLeaseLapsedAt(nowUtc))
            return false;
        State = AssignmentState.Expired;
        Record("Expired");
        return true;
    }

    /// <summary>
    /// Submits the expert's answer as the first revision of a judgment. The use case must also win a judgment slot on
    /// the item (<see cref="TaskItem"/>) in the same transaction, and drop this judgment if it does not.
    /// </summary>
    public Judgment Submit(TaskSet set, TaskItem item, Guid expertId, string answerJson, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(item);
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (set.Id != TaskSetId || item.Id != ItemId)
            throw new ArgumentException("The task set or item is not this assignment's.");
        if (expertId != ExpertId)
            throw Refusal.Conflict("This item was not given to you, so you cannot answer it. Open the next item from your workspace.");
        RequireLiveLease("submitted", nowUtc);
        set.RequireAcceptsWork("submitted");
        var answer = TaskAnswer.Parse(set, answerJson, SwapResponses);
        State = AssignmentState.Submitted;
        SubmittedUtc = nowUtc;
        Draft = null;
        DraftSavedUtc = null;
        Record("Submitted");
        return Judgment.First(this, set, item, answer, nowUtc);
    }

    /// <summary>Adds seconds of active work reported by the screen. One report covers at most <see cref="MaxActiveSecondsPerCall"/> seconds, so a bad client cannot book hours in one call.</summary>
    public void RecordActiveTime(int seconds)
    {
        if (seconds is < 1 or > MaxActiveSecondsPerCall)
            throw Refusal.Invalid($"Active time is reported in steps of 1 to {MaxActiveSecondsPerCall} seconds.", "Seconds");
        ActiveSeconds += seconds;
    }

    private void RequireLiveLease(string verb, DateTime nowUtc)
    {
        if (State == AssignmentState.Submitted)
            throw Refusal.Conflict("You have already submitted this item. To change your answer, correct it from your done items.");
        if (State == AssignmentState.Skipped)
            throw Refusal.Conflict($"You skipped this item, so it cannot be {verb}.");
        if (State == AssignmentState.Expired || IsLeaseLapsedAt(nowUtc))
            throw Refusal.Conflict(
                $"Your time on this item ran out at {LeaseExpiresUtc:HH:mm} UTC and it went back to the pool for other experts, so it cannot be {verb}. Open the next item to carry on.");
    }

    private void Extend(DateTime nowUtc)
    {
        var until = nowUtc.AddMinutes(LeaseMinutes);
        if (until > LeaseExpiresUtc)
            LeaseExpiresUtc = until;
    }
}
