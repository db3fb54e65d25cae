using System.Linq.Expressions;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Domain.Timesheets;

/// <summary>
/// Hours an expert logged for a day. Submitted -> Approved | Rejected; a rejected or submitted entry can be
/// corrected (and is submitted again); an approved one is locked. Each side (client invoice, expert payout)
/// can claim an approved entry exactly once (<see cref="ClaimableFor"/>: the claim is one set-based update that
/// the database evaluates, so the rule is an expression). The rules across entries (24 hours a day over all the
/// expert's engagements, the engagement's hours cap, no future days) are decided here too, on the totals the
/// logging use case reads (<see cref="OtherHours"/>).
/// </summary>
public sealed class TimeEntry : AggregateRoot
{
    public const decimal MaxHoursPerDay = 24m;
    public const decimal Increment = 0.25m;

    /// <summary>The one sentence for hours that cannot be logged as such; the form's validation shows the same one.</summary>
    public const string HoursRule = "Hours are logged in quarter hours, between 0.25 and 24 in a day (0.25, 0.5, 0.75 ...).";

    // The note's limit and sentence, shared by the form's annotation and the check below; {1} is the limit.
    public const int MaxNoteLength = TextLimits.Note;
    public const string NoteTooLong = "The note can be at most {1} characters.";

    private static readonly Func<TimeEntry, bool> ClaimableForInvoice = ClaimableFor(BillingSide.Invoice).Compile();
    private static readonly Func<TimeEntry, bool> ClaimableForPayout = ClaimableFor(BillingSide.Payout).Compile();

    private TimeEntry() { }

    public Guid EngagementId { get; private set; }
    public Guid ExpertId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid? SprintId { get; private set; }
    public DateOnly WorkDate { get; private set; }
    public Activity Activity { get; private set; }
    public decimal Hours { get; private set; }
    public string? Note { get; private set; }
    public TimeEntryStatus Status { get; private set; }
    public DateTime SubmittedUtc { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTime? ReviewedUtc { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? InvoiceId { get; private set; }
    public Guid? PayoutStatementId { get; private set; }

    public bool IsLocked => Status == TimeEntryStatus.Approved;

    /// <summary>Where the entry stands for the expert, not knowing whether its payout statement is paid (see <see cref="StageOf"/>).</summary>
    public TimeEntryStage Stage => StageOf(Status, InvoiceId, PayoutStatementId);

    /// <summary>
    /// Where an entry stands for the expert: paid only once the payout statement holding it is paid (a draft or
    /// issued statement is not money in the bank), invoiced once it is on a client invoice, else its review status.
    /// </summary>
    public static TimeEntryStage StageOf(TimeEntryStatus status, Guid? invoiceId, Guid? payoutStatementId, bool payoutStatementPaid = false) => status switch
    {
        TimeEntryStatus.Approved when payoutStatementId is not null && payoutStatementPaid => TimeEntryStage.Paid,
        TimeEntryStatus.Approved when invoiceId is not null => TimeEntryStage.Invoiced,
        TimeEntryStatus.Approved => TimeEntryStage.Approved,
        TimeEntryStatus.Rejected => TimeEntryStage.Rejected,
        _ => TimeEntryStage.Submitted,
    };

    /// <summary>
    /// Which entries a side may still claim: approved (and so locked) and on no document of that side yet. The claim
    /// itself is a conditional update with this condition (<c>BillingClaims</c>), so two claims at the same moment
    /// cannot both take an entry; <see cref="IsClaimableFor"/> is the same rule in memory.
    /// </summary>
    public static Expression<Func<TimeEntry, bool>> ClaimableFor(BillingSide side) => side switch
    {
        BillingSide.Invoice => t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == null,
        BillingSide.Payout => t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == null,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };

    /// <summary>The entries a side's document holds (claimed hours are always approved).</summary>
    public static Expression<Func<TimeEntry, bool>> ClaimedBy(BillingSide side, Guid documentId) => side switch
    {
        BillingSide.Invoice => t => t.Status == TimeEntryStatus.Approved && t.InvoiceId == documentId,
        BillingSide.Payout => t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId == documentId,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };

    /// <summary>The entries any of a side's <paramref name="documentIds"/> holds.</summary>
    public static Expression<Func<TimeEntry, bool>> ClaimedByAny(BillingSide side, IReadOnlyCollection<Guid> documentIds) => side switch
    {
        BillingSide.Invoice => t => t.Status == TimeEntryStatus.Approved && t.InvoiceId != null && documentIds.Contains(t.InvoiceId.Value),
        BillingSide.Payout => t => t.Status == TimeEntryStatus.Approved && t.PayoutStatementId != null && documentIds.Contains(t.PayoutStatementId.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };

    /// <summary>The column that names the side's document.</summary>
    public static Expression<Func<TimeEntry, Guid?>> DocumentOf(BillingSide side) => side switch
    {
        BillingSide.Invoice => t => t.InvoiceId,
        BillingSide.Payout => t => t.PayoutStatementId,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };

    /// <summary><see cref="ClaimableFor"/> in memory: the same compiled expression.</summary>
    public bool IsClaimableFor(BillingSide side) => side switch
    {
        BillingSide.Invoice => ClaimableForInvoice(this),
        BillingSide.Payout => ClaimableForPayout(this),
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };

    /// <summary>Whether hours can be logged as such: more than nothing, at most a day, in quarter hours.</summary>
    public static bool AreLoggableHours(decimal hours) => hours > 0 && hours <= MaxHoursPerDay && hours % Increment == 0;

    /// <param name="others">The expert's other hours, when the logging use case has read them; without them only the entry's own rules are checked.</param>
    public static TimeEntry Log(Engagement engagement, AnnotationSprint? sprint, DateOnly workDate, Activity activity, decimal hours, string? note, DateTime nowUtc,
        OtherHours? others = null)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        Guard.Utc(nowUtc, nameof(nowUtc));
        var entry = new TimeEntry
        {
            EngagementId = engagement.Id,
            ExpertId = engagement.ExpertId,
            ProjectId = engagement.ProjectId,
            Status = TimeEntryStatus.Submitted,
        };
        entry.Apply(engagement, sprint, workDate, activity, hours, note, nowUtc, others);
        entry.Record("Submitted");
        return entry;
    }

    public void Correct(Engagement engagement, AnnotationSprint? sprint, DateOnly workDate, Activity activity, decimal hours, string? note, DateTime nowUtc,
        OtherHours? others = null)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (engagement.Id != EngagementId)
            throw Refusal.Invalid("An entry cannot move to another engagement.", nameof(EngagementId));
        if (IsLocked)
            throw Refusal.Conflict("Approved hours are locked and cannot be changed.");
        Apply(engagement, sprint, workDate, activity, hours, note, nowUtc, others);
        Status = TimeEntryStatus.Submitted;
        RejectionReason = null;
        ReviewedBy = null;
        ReviewedUtc = null;
        Record("Corrected");
    }

    /// <summary>Checks that the entry may be removed (it is not approved yet) and records the removal.</summary>
    public void Withdraw()
    {
        if (IsLocked)
            throw Refusal.Conflict("Approved hours are locked and cannot be deleted.");
        Record("Deleted");
    }

    public void Approve(string reviewer, DateTime nowUtc)
    {
        RequireSubmitted("approved");
        Review(TimeEntryStatus.Approved, reviewer, null, nowUtc, "Approved");
    }

    public void Reject(string reviewer, string reason, DateTime nowUtc)
    {
        RequireSubmitted("rejected");
        Review(TimeEntryStatus.Rejected, reviewer, Guard.Reason(reason, "A rejection reason"), nowUtc, "Rejected");
    }

    private void Apply(Engagement engagement, AnnotationSprint? sprint, DateOnly workDate, Activity activity, decimal hours, string? note, DateTime nowUtc,
        OtherHours? others)
    {
        if (!AreLoggableHours(hours))
            throw Refusal.Invalid(HoursRule, nameof(Hours));
        if (others is not null)
            CheckAgainst(others, workDate, hours);
        if (!engagement.CanLogHours)
            throw Refusal.Conflict($"Hours cannot be logged on a {engagement.Status.ToString().ToLowerInvariant()} engagement.");
        if (!engagement.Window.Contains(workDate))
            throw Refusal.Invalid($"{workDate:yyyy-MM-dd} is outside the engagement ({engagement.Window}).", nameof(WorkDate));
        if (engagement.PayRateFor(activity) is null)
            throw Refusal.Invalid($"No rate was agreed for {activity} on this engagement.", nameof(Activity));
        if (sprint is not null)
        {
            if (sprint.ProjectId != engagement.ProjectId)
                throw Refusal.Invalid("That sprint belongs to another project.", nameof(SprintId));
            if (!sprint.AcceptsEntries)
                throw Refusal.Conflict($"The sprint \"{sprint.Name}\" is {sprint.Status.ToString().ToLowerInvariant()} and does not take hours.");
            if (!sprint.Covers(workDate))
                throw Refusal.Invalid($"{workDate:yyyy-MM-dd} is outside the sprint \"{sprint.Name}\".", nameof(WorkDate));
        }
        SprintId = sprint?.Id;
        WorkDate = workDate;
        Activity = activity;
        Hours = hours;
        Note = Guard.Optional(note, MaxNoteLength, NoteTooLong);
        SubmittedUtc = nowUtc;
    }

    /// <summary>The rules across entries, in the order the expert is told about them.</summary>
    private static void CheckAgainst(OtherHours others, DateOnly workDate, decimal hours)
    {
        // Hours are logged for days that have happened: today (in the expert's time zone) or earlier.
        if (workDate > others.Today)
            throw Refusal.Invalid($"{workDate:yyyy-MM-dd} is in the future: hours can be logged for today or earlier.", nameof(WorkDate));
        if (others.ThatDay + hours > MaxHoursPerDay)
            throw Refusal.Invalid(
                $"That would make {others.ThatDay + hours:0.##} hours on {workDate:yyyy-MM-dd} across your engagements; a day has at most {MaxHoursPerDay:0} ({others.ThatDay:0.##} are already logged).",
                nameof(Hours));
        if (others.OnEngagement + hours > others.EngagementCap)
            throw Refusal.Invalid(
                $"That would bring this engagement to {others.OnEngagement + hours:0.##} hours, above its cap of {others.EngagementCap:0.##} ({Math.Max(0, others.EngagementCap - others.OnEngagement):0.##} left).",
                nameof(Hours));
    }

    private void RequireSubmitted(string verb)
    {
        if (Status != TimeEntryStatus.Submitted)
            throw Refusal.Conflict($"Only submitted hours can be {verb} (these are {Status.ToString().ToLowerInvariant()}).");
    }

    private void Review(TimeEntryStatus status, string reviewer, string? reason, DateTime nowUtc, string action)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        Status = status;
        ReviewedBy = Guard.Required(reviewer, "Reviewer", TextLimits.Actor);
        ReviewedUtc = nowUtc;
        RejectionReason = reason;
        Record(action);
    }
}
