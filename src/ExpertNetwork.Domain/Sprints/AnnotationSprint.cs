using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Domain.Sprints;

/// <summary>
/// A focused block of annotation work. Its window is wall-clock time in the project's zone (a 09:00 start
/// stays 09:00 across a daylight-saving change); the UTC instants are derived from it whenever it changes.
/// Scheduled -> Running -> Closed; Scheduled -> Cancelled. Every change of time bumps
/// <see cref="Sequence"/>, which calendar invites carry.
/// </summary>
public sealed class AnnotationSprint : AggregateRoot
{
    public const int MaxTargetHours = 10_000;
    public const string TargetHoursRule = "Target hours must be between {1} and {2}.";

    /// <summary>The longest weekly series one scheduling creates.</summary>
    public const int MaxWeeklySeries = 26;
    public const string WeeklySeriesRule = "A weekly series is between {1} and {2} sprints.";

    private readonly List<SprintParticipant> _participants = [];

    private AnnotationSprint() { Name = TimeZoneId = string.Empty; }

    public Guid ProjectId { get; private set; }
    public string Name { get; private set; }
    public DateOnly StartDate { get; private set; }
    public TimeOnly StartTime { get; private set; }
    public DateOnly EndDate { get; private set; }
    public TimeOnly EndTime { get; private set; }
    public string TimeZoneId { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public decimal TargetHours { get; private set; }
    public string? GuidelinesUrl { get; private set; }
    public SprintStatus Status { get; private set; }
    public int Sequence { get; private set; }
    public string? CancelReason { get; private set; }

    public IReadOnlyCollection<SprintParticipant> Participants => _participants;

    public bool AcceptsEntries => Status == SprintStatus.Running;

    /// <summary>
    /// Half-way through the sprint in elapsed time (not wall-clock time): when participants who have logged nothing
    /// are reminded. Across a daylight-saving change the midpoint of a 09:00-to-09:00 sprint is not at 09:00.
    /// </summary>
    public DateTime MidpointUtc => StartUtc + (EndUtc - StartUtc) / 2;

    /// <summary>Whole weeks the sprint lasts, at least one: what committed hours are spread over for a weekly load.</summary>
    public decimal Weeks => WeeksBetween(StartUtc, EndUtc);

    /// <inheritdoc cref="Weeks"/>
    public static decimal WeeksBetween(DateTime startUtc, DateTime endUtc) => Math.Max(1m, (decimal)(endUtc - startUtc).TotalDays / 7m);

    /// <summary>The hours a week a commitment in this sprint asks of an expert.</summary>
    public decimal WeeklyLoad(decimal committedHours) => Math.Round(committedHours / Weeks, 2);

    /// <summary>True when this sprint's window and [startUtc, endUtc) share some time.</summary>
    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartUtc < endUtc && startUtc < EndUtc;

    public static AnnotationSprint Schedule(
        Project project, string name, DateOnly startDate, TimeOnly startTime, DateOnly endDate, TimeOnly endTime,
        decimal targetHours, string? guidelinesUrl, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.Status != ProjectStatus.Active)
            throw Refusal.Conflict("Sprints can only be scheduled on an active project.");
        var sprint = new AnnotationSprint
        {
            ProjectId = project.Id,
            TimeZoneId = project.TimeZoneId,
            Status = SprintStatus.Scheduled,
        };
        sprint.Apply(name, startDate, startTime, endDate, endTime, targetHours, guidelinesUrl, nowUtc);
        sprint.Record("Scheduled");
        return sprint;
    }

    public void Reschedule(
        string name, DateOnly startDate, TimeOnly startTime, DateOnly endDate, TimeOnly endTime,
        decimal targetHours, string? guidelinesUrl, DateTime nowUtc)
    {
        if (Status != SprintStatus.Scheduled)
            throw Refusal.Conflict($"A {Status.ToString().ToLowerInvariant()} sprint cannot be rescheduled.");
        Apply(name, startDate, startTime, endDate, endTime, targetHours, guidelinesUrl, nowUtc);
        Sequence++;
        Record("Rescheduled");
    }

    /// <summary>Until it is closed or cancelled a sprint takes participants and lets them go.</summary>
    public static bool TakesParticipantsIn(SprintStatus status) => status is not (SprintStatus.Closed or SprintStatus.Cancelled);

    public void AddParticipant(Engagement engagement, decimal committedHours)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (!TakesParticipantsIn(Status))
            throw Refusal.Conflict("Participants cannot be added to a closed or cancelled sprint.");
        if (engagement.ProjectId != ProjectId)
            throw Refusal.Conflict("That engagement belongs to another project.");
        if (!engagement.CanLogHours)
            throw Refusal.Conflict("Only accepted or active engagements can join a sprint.");
        if (committedHours is <= 0 || committedHours > engagement.HoursCap)
            throw Refusal.Invalid($"Committed hours must be more than 0 and at most the engagement's {engagement.HoursCap} hours.");
        if (_participants.Any(p => p.EngagementId == engagement.Id))
            throw Refusal.Conflict("That expert is already in this sprint.");
        _participants.Add(new SprintParticipant(Id, engagement.Id, engagement.ExpertId, committedHours));
        Record("ParticipantAdded");
    }

    public void RemoveParticipant(Guid engagementId)
    {
        if (!TakesParticipantsIn(Status))
            throw Refusal.Conflict("Participants cannot be removed from a closed or cancelled sprint.");
        var participant = _participants.SingleOrDefault(p => p.EngagementId == engagementId)
            ?? throw Refusal.Conflict("That expert is not in this sprint.");
        _participants.Remove(participant);
        Record("ParticipantRemoved");
    }

    /// <summary>Starts the sprint once its start instant has come. Idempotent for the scheduler.</summary>
    public bool StartIfDue(DateTime nowUtc)
    {
        if (Status != SprintStatus.Scheduled || nowUtc < StartUtc)
            return false;
        Status = SprintStatus.Running;
        Record("Started");
        return true;
    }

    public void Close(DateTime nowUtc)
    {
        if (Status != SprintStatus.Running)
            throw Refusal.Conflict($"Only a running sprint can be closed (this one is {Status.ToString().ToLowerInvariant()}).");
        if (nowUtc < StartUtc)
            throw Refusal.Conflict("A sprint cannot be closed before it starts.");
        Status = SprintStatus.Closed;
        Record("Closed");
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        if (Status != SprintStatus.Scheduled)
            throw Refusal.Conflict($"Only a scheduled sprint can be cancelled (this one is {Status.ToString().ToLowerInvariant()}).");
        CancelReason = Guard.Reason(reason, "A cancellation reason");
        Status = SprintStatus.Cancelled;
        Sequence++;
        Record("Cancelled");
    }

    /// <summary>Work dates in the sprint's own calendar days, inclusive.</summary>
    public bool Covers(DateOnly workDate) => workDate >= StartDate && workDate <= EndDate;

    private void Apply(
        string name, DateOnly startDate, TimeOnly startTime, DateOnly endDate, TimeOnly endTime,
        decimal targetHours, string? guidelinesUrl, DateTime nowUtc)
    {
        Guard.Utc(nowUtc, nameof(nowUtc));
        var startUtc = TimeZones.ToUtc(startDate, startTime, TimeZoneId);
        var endUtc = TimeZones.ToUtc(endDate, endTime, TimeZoneId);
        if (endUtc <= startUtc)
            throw Refusal.Invalid("A sprint must end after it starts.", "EndDate");
        if (startUtc < nowUtc)
            throw Refusal.Invalid("A sprint cannot be scheduled to start in the past.", "StartDate");
        if (endDate.DayNumber - startDate.DayNumber > 92)
            throw Refusal.Invalid("A sprint can last at most 92 days.", "EndDate");
        if (targetHours is < 0 or > MaxTargetHours)
            throw Refusal.Invalid(RuleText.Between(TargetHoursRule, 0, MaxTargetHours), "TargetHours");
        if (guidelinesUrl is not null && !string.IsNullOrWhiteSpace(guidelinesUrl)
            && (!Uri.TryCreate(guidelinesUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            throw Refusal.Invalid("The guidelines link must be a full http(s) address.", "GuidelinesUrl");
        Name = Guard.Required(name, "Sprint name", TextLimits.Name);
        StartDate = startDate;
        StartTime = startTime;
        EndDate = endDate;
        EndTime = endTime;
        StartUtc = startUtc;
        EndUtc = endUtc;
        TargetHours = targetHours;
        GuidelinesUrl = Guard.Optional(guidelinesUrl, "Guidelines link", TextLimits.Url);
    }
}
