using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Compliance;

/// <summary>The lists on the compliance dashboard (also the anchors and the <c>expand</c> values of the page).</summary>
public enum ComplianceListKind
{
    ExpiringCredentials,
    ExpiredCredentials,
    PendingVerification,
    UnsignedNdas,
    ExpiringNdas,
    ActiveWithoutNda,
}

/// <summary>A list on the compliance dashboard: the first rows and how many there are in all.</summary>
public sealed record ComplianceList<T>(IReadOnlyList<T> Rows, int Total);

public sealed record CredentialRow(Guid CredentialId, Guid ExpertId, string ExpertName, ExpertStatus ExpertStatus, CredentialKind Kind, string Issuer,
    DateOnly? ExpiresOn, DateTime CreatedUtc, bool HasEvidence, int? LastNoticeDays);

public sealed record NdaRow(Guid AgreementId, Guid ExpertId, string ExpertName, string TemplateName, int TemplateVersion, NdaScope Scope,
    DateTime SentUtc, DateTime SignByUtc, DateOnly? ExpiresOn, int? LastNoticeDays)
{
    /// <summary>Sent and not signed in time, as of the dashboard's clock (<see cref="NdaAgreement.SigningDeadlinePassed"/>).</summary>
    public bool DeadlinePassed { get; init; }
}

public sealed record ExpertRow(Guid ExpertId, string ExpertName, string Email, DateTime StatusChangedUtc);

/// <summary>What needs a compliance officer's attention today, every list a live query.</summary>
public sealed class ComplianceDashboardView
{
    public required DateOnly Today { get; init; }
    /// <summary>The moment the lists were read, from the app's clock: ages ("3 d ago") count to it.</summary>
    public DateTime AsOfUtc { get; init; }
    public required int WindowDays { get; init; }
    public ComplianceListKind? Expanded { get; init; }
    public required ComplianceList<CredentialRow> ExpiringCredentials { get; init; }
    public required ComplianceList<CredentialRow> ExpiredCredentials { get; init; }
    public required ComplianceList<CredentialRow> PendingVerification { get; init; }
    public required ComplianceList<NdaRow> UnsignedNdas { get; init; }
    public required ComplianceList<NdaRow> ExpiringNdas { get; init; }
    public required ComplianceList<ExpertRow> ActiveWithoutNda { get; init; }
}
