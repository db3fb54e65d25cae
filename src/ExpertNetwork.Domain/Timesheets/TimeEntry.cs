using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Domain.Timesheets;

/// <summary>
/// Hours an expert logged for a day. Submitted -> Approved | Rejected; a rejected or submitted entry can be
/// corrected (and is submitted again); an approved one is locked. Each side (client invoice, expert payout)
/// can claim an approved entry exactly once. The 24-hours-a-day rule across engagements needs the other
/// entries and is checked by the logging use case.
/// </summary>
public sealed class TimeEntry : AggregateRoot
{
    public const decimal MaxHoursPerDay = 24m;
    public const decimal Increment = 0.25m;

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

    public static TimeEntry Log(Engagement engagement, AnnotationSprint? sprint, DateOnly workDate, Activity activity, decimal hours, string? note, DateTime nowUtc)
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
        entry.Apply(engagement, sprint, workDate, activity, hours, note, nowUtc);
        entry.Record("Submitted");
        return entry;
    }

    public void Correct(Engagement engagement, AnnotationSprint? sprint, DateOnly workDate, Activity activity, decimal hours, string? note, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (engagement.Id != EngagementId)
            throw Refusal.Conflict("An entry cannot move to another engagement.");
        if (IsLocked)
            throw Refusal.Conflict("Approved hours are locked and cannot be changed.");
        Apply(engagement, sprint, workDate, activity, hours, note, nowUtc);
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

    /// <summary>Hours are logged for days that have happened: today (in the expert's time zone) or earlier.</summary>
    public static void EnsureNotFuture(DateOnly workDate, DateOnly today)
    {
        if (workDate > today)
            throw Refusal.Conflict($"{workDate:yyyy-MM-dd} is in the future: hours can be logged for today or earlier.");
    }

    /// <summary>The rule across all the expert's engagements: at most 24 hours in one day.</summary>
    public static void EnsureDayTotal(DateOnly workDate, decimal otherHoursThatDay, decimal hours)
    {
        if (otherHoursThatDay + hours > MaxHoursPerDay)
            throw Refusal.Conflict(
                $"That would make {otherHoursThatDay + hours:0.##} hours on {workDate:yyyy-MM-dd} across your engagements; a day has at most {MaxHoursPerDay:0} ({otherHoursThatDay:0.##} are already logged).");
    }

    /// <summary>The engagement's hours cap: submitted and approved hours together stay within it.</summary>
    public static void EnsureWithinCap(decimal hoursCap, decimal otherHoursOnEngagement, decimal hours)
    {
        if (otherHoursOnEngagement + hours > hoursCap)
            throw Refusal.Conflict(
                $"That would bring this engagement to {otherHoursOnEngagement + hours:0.##} hours, above its cap of {hoursCap:0.##} ({Math.Max(0, hoursCap - otherHoursOnEngagement):0.##} left).");
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

    public void MarkInvoiced(Guid invoiceId)
    {
        if (Status != TimeEntryStatus.Approved)
            throw Refusal.Conflict("Only approved hours can be invoiced.");
        if (InvoiceId is not null)
            throw Refusal.Conflict("These hours are already on an invoice.");
        InvoiceId = invoiceId;
        Record("Invoiced");
    }

    /// <summary>A voided invoice (or a discarded draft) gives its hours back so they can be billed correctly.</summary>
    public void ReleaseFromInvoice(Guid invoiceId)
    {
        if (InvoiceId != invoiceId)
            throw Refusal.Conflict("These hours are not on that invoice.");
        InvoiceId = null;
        Record("InvoiceReleased");
    }

    public void MarkPaidOut(Guid payoutStatementId)
    {
        if (Status != TimeEntryStatus.Approved)
            throw Refusal.Conflict("Only approved hours can be paid out.");
        if (PayoutStatementId is not null)
            throw Refusal.Conflict("These hours are already on a payout statement.");
        PayoutStatementId = payoutStatementId;
        Record("PaidOut");
    }

    public void ReleaseFromPayout(Guid payoutStatementId)
    {
        if (PayoutStatementId != payoutStatementId)
            throw Refusal.Conflict("These hours are not on that payout statement.");
        PayoutStatementId = null;
        Record("PayoutReleased");
    }

    public static void EnsureValidHours(decimal hours)
    {
        if (hours <= 0 || hours > MaxHoursPerDay)
            throw Refusal.Conflict($"Hours must be more than 0 and at most {MaxHoursPerDay} in a day.");
        if (hours % Increment != 0)
            throw Refusal.Conflict("Hours are logged in quarter hours (0.25, 0.5, 0.75 ...).");
    }

    private void Apply(Engagement engagement, AnnotationSprint? sprint, DateOnly workDate, Activity activity, decimal hours, string? note, DateTime nowUtc)
    {
        EnsureValidHours(hours);
        if (!engagement.CanLogHours)
            throw Refusal.Conflict($"Hours cannot be logged on a {engagement.Status.ToString().ToLowerInvariant()} engagement.");
        if (!engagement.Window.Contains(workDate))
            throw Refusal.Conflict($"{workDate:yyyy-MM-dd} is outside the engagement ({engagement.Window}).");
        if (engagement.PayRateFor(activity) is null)
            throw Refusal.Conflict($"No rate was agreed for {activity} on this engagement.");
        if (sprint is not null)
        {
            if (sprint.ProjectId != engagement.ProjectId)
                throw Refusal.Conflict("That sprint belongs to another project.");
            if (!sprint.AcceptsEntries)
                throw Refusal.Conflict($"The sprint \"{sprint.Name}\" is {sprint.Status.ToString().ToLowerInvariant()} and does not take hours.");
            if (!sprint.Covers(workDate))
                throw Refusal.Conflict($"{workDate:yyyy-MM-dd} is outside the sprint \"{sprint.Name}\".");
        }
        SprintId = sprint?.Id;
        WorkDate = workDate;
        Activity = activity;
        Hours = hours;
        Note = Guard.Optional(note, "Note", TextLimits.Note);
        SubmittedUtc = nowUtc;
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
