using ExpertNetwork.Application.Staffing;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Invoicing;

namespace ExpertNetwork.Application.Dashboard;

public sealed class DashboardView
{
    /// <summary>The moment the figures were read, from the app's clock: ages ("open for 3 d") count to it.</summary>
    public DateTime AsOfUtc { get; init; }
    public IReadOnlyDictionary<ExpertStatus, int> ExpertsByStatus { get; init; } = new Dictionary<ExpertStatus, int>();
    public int TotalExperts => ExpertsByStatus.Values.Sum();
    public int CredentialsPendingVerification { get; init; }
    public int CredentialsExpiringSoonCount { get; init; }
    public IReadOnlyList<ExpiringCredential> CredentialsExpiringSoon { get; init; } = [];
    public int NdasAwaitingSignature { get; init; }
    public int OpenStaffingRequestCount { get; init; }
    public IReadOnlyList<OpenStaffingRequest> OpenStaffingRequests { get; init; } = [];
    public int OffersOut { get; init; }
    public int OffersExpiringWithinADay { get; init; }
    public IReadOnlyList<ProjectFunnelRow> ProjectFunnels { get; init; } = [];
    public StaffingMedians StaffingMedians { get; init; } = new(0, null, null);
    public int ActiveEngagements { get; init; }
    public int RunningSprints { get; init; }
    public int HoursAwaitingApproval { get; init; }
    public IReadOnlyDictionary<DocumentStatus, int> InvoicesByStatus { get; init; } = new Dictionary<DocumentStatus, int>();
    public decimal ApprovedUnbilledHours { get; init; }
    public int ActiveClients { get; init; }
    public int ActiveProjects { get; init; }
    public int ActiveApiKeys { get; init; }
}

public sealed record ExpiringCredential(Guid CredentialId, Guid ExpertId, string ExpertName, CredentialKind Kind, string Issuer, DateOnly ExpiresOn);

public sealed record OpenStaffingRequest(Guid Id, string Title, string ProjectName, int SeatsFilled, int SeatsNeeded, DateTime OpenedUtc);

/// <summary>An active project's offers: what became of them, over all its staffing requests.</summary>
public sealed record ProjectFunnelRow(Guid ProjectId, string ProjectName, StaffingFunnel Funnel);
