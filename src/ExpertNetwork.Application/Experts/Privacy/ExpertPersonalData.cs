using System.Text.Json.Nodes;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;
using ExpertNetwork.Domain.Timesheets;

namespace ExpertNetwork.Application.Experts.Privacy;

/// <summary>Everything the registry holds about one expert, as handed to them on a data access request.</summary>
public sealed record ExpertPersonalData(
    DateTime ExportedUtc,
    ExpertProfileData Profile,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Employers,
    IReadOnlyList<SpecialtyData> Specialties,
    IReadOnlyList<BlackoutData> Blackouts,
    IReadOnlyList<RateData> Rates,
    IReadOnlyList<CredentialData> Credentials,
    IReadOnlyList<NdaData> Ndas,
    IReadOnlyList<EngagementData> Engagements,
    IReadOnlyList<ConflictDeclarationData> ConflictDeclarations,
    IReadOnlyList<TimeEntryData> TimeEntries,
    IReadOnlyList<PayoutStatementData> PayoutStatements,
    IReadOnlyList<AuditEventData> AuditEvents);

public sealed record ExpertProfileData(
    Guid Id, string FullName, string Email, string? Phone, string CountryCode, string TimeZoneId, int YearsOfExperience,
    string? Headline, string? Notes, decimal WeeklyCapacityHours, ExpertStatus Status, string? StatusReason,
    DateTime StatusChangedUtc, DateTime CreatedUtc, DateTime? ErasedUtc);

public sealed record SpecialtyData(string Path, string Name);

public sealed record BlackoutData(DateOnly From, DateOnly? To, string? Reason);

public sealed record RateData(Activity Activity, decimal HourlyRate, string Currency, DateOnly From, DateOnly? To);

public sealed record CredentialData(
    Guid Id, CredentialKind Kind, string Issuer, string Number, string Jurisdiction, DateOnly IssuedOn, DateOnly? ExpiresOn,
    VerificationStatus Status, string? ReviewedBy, DateTime? ReviewedUtc, string? RejectionReason,
    string? EvidenceFileName, string? EvidenceContentType, long? EvidenceSizeBytes, string? EvidenceSha256);

public sealed record NdaData(
    Guid Id, NdaScope Scope, int TemplateVersion, NdaStatus Status, DateTime SentUtc, DateTime SignByUtc, DateTime? SignedUtc,
    string? SignerName, bool ConsentGiven, string? SignerIp, string? SignerUserAgent, string? DocumentSha256, DateOnly? ExpiresOn,
    DateTime? ClosedUtc, string? ClosedReason);

public sealed record EngagementData(
    Guid Id, Guid ProjectId, EngagementStatus Status, Activity Activity, decimal HoursPerWeek, DateOnly WindowStart, DateOnly? WindowEnd,
    IReadOnlyList<RateData> AgreedRates, DateTime ProposedUtc, DateTime? OfferedUtc, DateTime? DecidedUtc, string? DeclineReason,
    string? AcceptedByName, string? AcceptanceIp, string? AcceptanceUserAgent, string? ContractSha256, DateTime? ActivatedUtc, DateTime? EndedUtc, string? EndReason);

public sealed record ConflictDeclarationData(Guid Id, Guid EngagementId, IReadOnlyList<string> Employers, string? OtherInterests, DateTime DeclaredUtc);

public sealed record TimeEntryData(Guid Id, Guid EngagementId, DateOnly WorkDate, Activity Activity, decimal Hours, string? Note, TimeEntryStatus Status);

public sealed record PayoutStatementData(Guid Id, string? Number, DocumentStatus Status, DateOnly PeriodStart, DateOnly? PeriodEnd, decimal Total, string Currency, DateOnly? IssueDate, DateOnly? PaidOn);

public sealed record AuditEventData(long Sequence, DateTime OccurredUtc, ActorKind ActorKind, string ActorName, string Action, string EntityType, string EntityId, JsonNode? Before, JsonNode? After);
