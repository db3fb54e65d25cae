using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Sprints;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Portal;

/// <summary>Everything the expert's portal shows: their engagements, documents, sprints (in their own zone), hours and payout statements.</summary>
public sealed record PortalView(
    Guid ExpertId, string ExpertName, string TimeZoneId, DateOnly Today,
    IReadOnlyList<PortalEngagement> Engagements, IReadOnlyList<PortalNda> Ndas, IReadOnlyList<PortalSprint> Sprints, IReadOnlyList<PortalEntry> Entries,
    IReadOnlyList<PortalStatement> Statements);

/// <summary>An engagement as the expert may see it: the project at its confidentiality level, the agreed terms and hours used.</summary>
public sealed record PortalEngagement(
    Guid Id, string Title, string Client, ConfidentialityLevel Confidentiality, EngagementStatus Status, DateRange Window,
    Activity Activity, IReadOnlyList<PortalRate> Rates, decimal HoursPerWeek, decimal HoursCap, decimal HoursUsed, bool HasContract, bool CanLogHours)
{
    public decimal HoursLeft => Math.Max(0, HoursCap - HoursUsed);

    /// <summary>How much of the hours cap is used, in whole percent up to 100 (0 without a cap).</summary>
    public int HoursUsedPercent => HoursCap > 0 ? Math.Min(100, (int)Math.Round(HoursUsed * 100 / HoursCap)) : 0;
}

public sealed record PortalRate(Activity Activity, Money HourlyRate);

public sealed record PortalNda(Guid Id, string Name, bool ClientSpecific, DateTime SignedUtc, DateOnly? ExpiresOn);

/// <summary>A sprint the expert takes part in; start and end are in the expert's own time zone.</summary>
public sealed record PortalSprint(
    Guid Id, Guid EngagementId, string Name, string ProjectTitle, DateTime StartLocal, DateTime EndLocal, SprintStatus Status,
    decimal CommittedHours, decimal LoggedHours, string? GuidelinesUrl)
{
    public bool AcceptsEntries => Status == SprintStatus.Running;
}

public sealed record PortalEntry(
    Guid Id, int Version, Guid EngagementId, string EngagementTitle, Guid? SprintId, string? SprintName, DateOnly WorkDate, Activity Activity,
    decimal Hours, string? Note, TimeEntryStage Stage, string? RejectionReason)
{
    public bool Editable => Stage is TimeEntryStage.Submitted or TimeEntryStage.Rejected;
}

/// <summary>
/// A payout statement or credit note issued in the expert's name (never a draft): what it pays, its state and, for a
/// credit note, the statement it cancels; for a voided statement, the credit note that cancelled it.
/// </summary>
public sealed record PortalStatement(
    Guid Id, string Number, DocumentKind Kind, DateRange Period, DateOnly IssueDate, DateOnly? DueDate, Money Total, DocumentStatus Status,
    DateOnly? PaidOn, string? RelatedNumber)
{
    public bool IsCreditNote => Kind == DocumentKind.CreditNote;

    /// <summary>When an issued statement that is still to be paid falls due; null once paid, voided, or for a credit note.</summary>
    public DateOnly? PaymentDue => BillingDocument.AwaitsPaymentIn(Kind, Status) ? DueDate : null;

    /// <summary>A voided statement was cancelled by a credit note (<see cref="RelatedNumber"/>).</summary>
    public bool IsVoided => Status == DocumentStatus.Voided;
}
