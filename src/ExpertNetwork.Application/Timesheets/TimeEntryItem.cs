using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Timesheets;

/// <summary>A time entry as the API returns it.</summary>
public sealed record TimeEntryItem(
    Guid Id, int Version, Guid EngagementId, Guid ExpertId, Guid ProjectId, Guid? SprintId, DateOnly WorkDate, Activity Activity, decimal Hours,
    string? Note, TimeEntryStatus Status, DateTime SubmittedUtc, string? ReviewedBy, DateTime? ReviewedUtc, string? RejectionReason,
    bool Invoiced, bool PaidOut);
