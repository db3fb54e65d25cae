namespace ExpertNetwork.Application.Timesheets;

public sealed record ApprovalQueueView(IReadOnlyList<ApprovalGroup> Groups, int Total, bool Truncated, IReadOnlyList<ApprovalProjectOption> Projects);

public sealed record ApprovalProjectOption(Guid Id, string Name);

/// <summary>Submitted hours of one project and sprint (or of no sprint).</summary>
public sealed record ApprovalGroup(Guid ProjectId, string ProjectName, Guid? SprintId, string? SprintName, IReadOnlyList<ApprovalItem> Items)
{
    public decimal Hours => Items.Sum(i => i.Hours);
}

/// <summary>One submitted entry, with the reasons it looks unusual (none for most).</summary>
public sealed record ApprovalItem(
    Guid Id, int Version, string ExpertName, DateOnly WorkDate, Activity Activity, decimal Hours, string? Note, DateTime SubmittedUtc,
    bool Corrected, IReadOnlyList<string> Flags);
