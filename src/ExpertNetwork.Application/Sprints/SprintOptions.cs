namespace ExpertNetwork.Application.Sprints;

/// <summary>The <c>Sprints</c> configuration section: who sprint mails come from and when timesheets are due.</summary>
public sealed class SprintOptions
{
    public const string Section = "Sprints";

    /// <summary>Where experts write about a sprint (and, until they log hours in the app, send their hours).</summary>
    public string ContactEmail { get; set; } = "sprints@expertnetwork.local";

    /// <summary>The name sprint mails are signed with.</summary>
    public string SenderName { get; set; } = "The ExpertNetwork programme team";

    /// <summary>Days after a sprint's last day by which its timesheet is due (said in the end-of-sprint reminder).</summary>
    public int TimesheetDueDays { get; set; } = 2;

    /// <summary>Checks the values and explains the first bad one; null when all are usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ContactEmail) || !ContactEmail.Contains('@', StringComparison.Ordinal))
            return $"Sprints:ContactEmail '{ContactEmail}' is not an email address.";
        if (TimesheetDueDays is < 0 or > 60)
            return "Sprints:TimesheetDueDays must be whole days between 0 and 60.";
        return null;
    }
}
