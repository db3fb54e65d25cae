namespace ExpertNetwork.Application.Sprints;

/// <summary>What one sprint sweep did. <see cref="Conflicts"/> counts saves another node (or run) had already made; they are left to it.</summary>
public sealed record SprintSweepResult(int Started, int Invitations, int Cancellations, int MidSprintReminders, int TimesheetReminders, int Conflicts)
{
    public override string ToString() =>
        $"{Started} sprints started; {Invitations} invitations, {Cancellations} cancellations, {MidSprintReminders} mid-sprint and {TimesheetReminders} timesheet reminders queued" +
        (Conflicts > 0 ? $"; {Conflicts} left to a concurrent run" : string.Empty);
}
