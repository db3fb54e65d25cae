namespace ExpertNetwork.Application.Invoicing;

/// <summary>
/// How the audit trail names hours going onto and coming off a billing document: one event per document (entity
/// <c>Invoice</c> or <c>PayoutStatement</c>), whose values list the time entry ids under <see cref="EntriesField"/>
/// (after the change for a claim, before it for a release).
/// </summary>
public static class BillingClaimAudit
{
    public const string ClaimedAction = "TimeEntriesClaimed";
    public const string ReleasedAction = "TimeEntriesReleased";
    public const string EntriesField = "TimeEntryIds";
}
