namespace ExpertNetwork.Domain.Timesheets;

public enum TimeEntryStatus
{
    Submitted,
    Approved,
    Rejected,
}
