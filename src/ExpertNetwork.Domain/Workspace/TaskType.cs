namespace ExpertNetwork.Domain.Workspace;

/// <summary>What an expert does with each item of a task set; each type has its own screen.</summary>
public enum TaskType
{
    Classification,
    Pairwise,
    Rubric,
    WrittenAnswer,
}

public enum TaskSetStatus
{
    Draft,
    Open,
    Closed,
}

/// <summary>The order items are served in: as imported, or in a fixed shuffle of the set (the same for every expert).</summary>
public enum ItemOrder
{
    ImportOrder,
    Shuffled,
}

public enum AssignmentState
{
    Leased,
    Submitted,
    Skipped,
    Expired,
}
