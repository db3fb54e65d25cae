using System.Text.Json.Serialization;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;

namespace ExpertNetwork.Application.Sprints;

/// <summary>A sprint in a list: its wall-clock window in the project's zone and the instants it stands for.</summary>
public sealed record SprintListItem(
    Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, string Name, SprintStatus Status,
    DateOnly StartDate, TimeOnly StartTime, DateOnly EndDate, TimeOnly EndTime, string TimeZoneId, DateTime StartUtc, DateTime EndUtc,
    decimal TargetHours, int ParticipantCount);

/// <summary>What the sprint list is narrowed to; page is 1-based.</summary>
public sealed record SprintFilter(Guid? ProjectId = null, SprintStatus? Status = null, int Page = 1, int PageSize = Common.Paging.DefaultPageSize);

/// <summary>
/// One participant's hours in a sprint: committed, logged (submitted or approved) and approved, and the sprint's window
/// in the expert's own time zone. <see cref="LastNotice"/> says what the expert was last sent about the sprint.
/// </summary>
public sealed record SprintParticipantView(
    Guid EngagementId, Guid ExpertId, string ExpertName, string TimeZoneId, DateTime StartLocal, DateTime EndLocal,
    decimal CommittedHours, decimal LoggedHours, decimal ApprovedHours, string? LastNotice);

/// <summary>A sprint with its participants' hours. Version is the edit token.</summary>
public sealed record SprintDetail(
    Guid Id, int Version, Guid ProjectId, string ProjectCode, string ProjectName, string ClientName, string Name, SprintStatus Status,
    DateOnly StartDate, TimeOnly StartTime, DateOnly EndDate, TimeOnly EndTime, string TimeZoneId, DateTime StartUtc, DateTime EndUtc,
    decimal TargetHours, string? GuidelinesUrl, int Sequence, string? CancelReason, DateTime MidpointUtc,
    IReadOnlyList<SprintParticipantView> Participants)
{
    public decimal CommittedHours => Participants.Sum(p => p.CommittedHours);
    public decimal LoggedHours => Participants.Sum(p => p.LoggedHours);
    public decimal ApprovedHours => Participants.Sum(p => p.ApprovedHours);

    // What the sprint's status admits (AnnotationSprint refuses the rest): the page offers only these; not part of the API.
    [JsonIgnore]
    public bool TakesParticipants => AnnotationSprint.TakesParticipantsIn(Status);
    [JsonIgnore]
    public bool CanReschedule => Status == SprintStatus.Scheduled;
    [JsonIgnore]
    public bool CanCancel => Status == SprintStatus.Scheduled;
    [JsonIgnore]
    public bool CanClose => Status == SprintStatus.Running;
}

/// <summary>A project sprints can be scheduled on.</summary>
public sealed record SprintProject(Guid Id, string Code, string Name, string ClientName, string TimeZoneId);

/// <summary>
/// An accepted or active engagement on the project that can join a sprint, with what bounds a commitment: the
/// engagement's hours cap and the expert's weekly capacity.
/// </summary>
public sealed record SprintCandidate(
    Guid EngagementId, Guid ExpertId, string ExpertName, string TimeZoneId, EngagementStatus Status, Activity Activity,
    decimal HoursPerWeek, decimal HoursCap, decimal WeeklyCapacityHours);
