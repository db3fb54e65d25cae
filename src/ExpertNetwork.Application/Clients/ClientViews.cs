using System.Text.Json.Serialization;
using ExpertNetwork.Domain.Clients;

namespace ExpertNetwork.Application.Clients;

public sealed record ClientListItem(
    Guid Id, string Name, string CountryCode, string Currency, decimal VatRate, bool RequiresClientNda, bool IsArchived, int ActiveProjects);

/// <summary>A client's billing details, restrictions and projects. Version is the edit token.</summary>
public sealed record ClientDetail(
    Guid Id, int Version, string Name, string LegalName, string BillingEmail, string BillingAddress, string CountryCode,
    string Currency, decimal VatRate, bool ReverseCharge, string? VatNumber, bool RequiresClientNda,
    IReadOnlyList<string> RestrictedCompanies, bool IsArchived, DateTime CreatedUtc, IReadOnlyList<ProjectListItem> Projects);

public sealed record ProjectListItem(
    Guid Id, string Code, string Name, Guid ClientId, string ClientName, ProjectStatus Status, ConfidentialityLevel Confidentiality,
    decimal Budget, string Currency, DateOnly Start, DateOnly? End)
{
    /// <summary>Still running (completed and cancelled projects are history); for the page, not part of the API.</summary>
    [JsonIgnore]
    public bool CanChange => Project.CanBeChangedIn(Status);
}

public sealed record PriceListEntryView(Guid Id, string Tier, string Activity, decimal HourlyRate, string Currency, DateOnly From, DateOnly? To);

/// <summary>A project with its price list. Version is the edit token.</summary>
public sealed record ProjectDetail(
    Guid Id, int Version, Guid ClientId, string ClientName, string Name, string Code, Guid? DomainSpecialtyId, string? DomainName,
    string Description, string ExpertBrief, ConfidentialityLevel Confidentiality, string RequiredNdaScope, bool RequiresConflictDeclaration,
    decimal Budget, string Currency, string TimeZoneId, DateOnly Start, DateOnly? End, ProjectStatus Status, string? StatusReason,
    DateTime CreatedUtc, IReadOnlyList<PriceListEntryView> PriceList)
{
    /// <summary>Details, price list, staffing and sprints change only while the project is active; for the page, not part of the API.</summary>
    [JsonIgnore]
    public bool CanChange => Project.CanBeChangedIn(Status);
}
