namespace ExpertNetwork.Domain.Timesheets;

/// <summary>What an expert sees of an entry: its review status, then invoicing and payout once finance has them.</summary>
public enum TimeEntryStage
{
    Submitted,
    Approved,
    Rejected,
    Invoiced,
    Paid,
}
