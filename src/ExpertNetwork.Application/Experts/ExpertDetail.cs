using System.Text.Json.Serialization;
using ExpertNetwork.Domain.Auditing;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

public sealed class ExpertDetail
{
    public Guid Id { get; init; }
    public string FullName { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string? Phone { get; init; }
    public string CountryCode { get; init; } = string.Empty;
    public string TimeZoneId { get; init; } = string.Empty;
    public int YearsOfExperience { get; init; }
    public string? Headline { get; init; }
    public string? Notes { get; init; }
    public int Version { get; init; }
    public decimal WeeklyCapacityHours { get; init; }
    public ExpertStatus Status { get; init; }
    public string? StatusReason { get; init; }
    public DateTime StatusChangedUtc { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime? ErasedUtc { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Employers { get; init; } = [];
    public IReadOnlyList<string> Specialties { get; init; } = [];
    public IReadOnlyList<string> SpecialtyNames { get; set; } = [];
    public IReadOnlyList<ExpertRateView> Rates { get; init; } = [];
    public IReadOnlyList<BlackoutView> Blackouts { get; init; } = [];
    public IReadOnlyList<CredentialView> Credentials { get; set; } = [];
    public IReadOnlyList<NdaView> Ndas { get; set; } = [];
    public IReadOnlyList<EngagementView> Engagements { get; set; } = [];
    public IReadOnlyList<AuditEntryView> History { get; set; } = [];

    // What the expert's status admits, as the domain decides it: the page offers only these actions; not part of the API.
    [JsonIgnore]
    public bool CanChange => Expert.CanBeChangedIn(Status);
    [JsonIgnore]
    public bool CanMarkVetted => Status == ExpertStatus.Applicant;
    [JsonIgnore]
    public bool CanActivate => Status == ExpertStatus.Vetted;
    [JsonIgnore]
    public bool CanReinstate => Status == ExpertStatus.Suspended;
    [JsonIgnore]
    public bool CanSuspend => Expert.CanBeSuspendedIn(Status);
}

public sealed class ExpertRateView
{
    public Activity Activity { get; init; }
    public decimal Amount { get; init; }
    public string Currency { get; init; } = string.Empty;
    public DateOnly From { get; init; }
    public DateOnly? To { get; init; }
}

public sealed class BlackoutView
{
    public Guid Id { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? To { get; init; }
    public string? Reason { get; init; }
}

/// <summary>A credential as stored (<c>Status</c>) and as people should see it today (<c>StatusToday</c>, from <see cref="Credential.StatusOn"/>).</summary>
public sealed record CredentialView(
    Guid Id, CredentialKind Kind, string Issuer, string Number, string Jurisdiction, DateOnly IssuedOn, DateOnly? ExpiresOn,
    VerificationStatus Status, string? ReviewedBy, DateTime? ReviewedUtc, string? RejectionReason, bool HasEvidence,
    string? EvidenceFileName, long? EvidenceSizeBytes, string? EvidenceSha256, VerificationStatus StatusToday)
{
    /// <summary>Still pending review: evidence can be attached and it can be verified or rejected.</summary>
    [JsonIgnore]
    public bool UnderReview => Credential.IsUnderReview(Status);
}

public sealed record EngagementView(Guid Id, string ProjectName, EngagementStatus Status, Activity Activity, DateOnly From, DateOnly? To, decimal HoursPerWeek);

public sealed record NdaView(Guid Id, NdaScope Scope, string TemplateName, int TemplateVersion, NdaStatus Status, DateTime SentUtc, DateTime? SignedUtc, DateOnly? ExpiresOn)
{
    public int Version { get; init; }
    public DateTime SignByUtc { get; init; }
    public string? SignerName { get; init; }
    public string? SignerIp { get; init; }
    public string? SignerUserAgent { get; init; }
    public string? DocumentSha256 { get; init; }
    public string? SignedPdfSha256 { get; init; }
    public bool HasSignedPdf { get; init; }
    public bool HasLink { get; init; }
    public DateTime? ClosedUtc { get; init; }
    public string? ClosedReason { get; init; }
}

public sealed record AuditEntryView(long Sequence, DateTime OccurredUtc, ActorKind ActorKind, string ActorName, string Action, string EntityType);
