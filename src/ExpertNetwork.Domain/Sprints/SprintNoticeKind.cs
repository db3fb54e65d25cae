namespace ExpertNetwork.Domain.Sprints;

/// <summary>What a sprint notice told an expert.</summary>
public enum SprintNoticeKind
{
    /// <summary>A calendar invitation (iTIP REQUEST): the first one, or an update after a change of time.</summary>
    Invite,

    /// <summary>A calendar cancellation (iTIP CANCEL): the sprint was cancelled or the expert was taken off it.</summary>
    Cancel,

    /// <summary>Half-way through a running sprint, to a participant who has logged no hours yet.</summary>
    MidSprintReminder,

    /// <summary>At the end of the sprint: the timesheet is due.</summary>
    TimesheetReminder,
}
