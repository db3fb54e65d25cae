using ExpertNetwork.Application.Compliance;
using ExpertNetwork.Domain.Engagements;

namespace ExpertNetwork.Application.Engagements;

/// <summary>What the page behind an offer link shows.</summary>
public sealed record OfferLinkView(
    OfferLinkState State,
    Guid EngagementId,
    string ExpertName,
    string ExpertEmail,
    string TimeZoneId,
    OfferDisclosure Project,
    Activity Activity,
    DateRange Window,
    decimal HoursPerWeek,
    decimal HoursCap,
    IReadOnlyList<AgreedRate> Rates,
    DateTime? RespondByUtc,
    ContractDocument? Contract,
    OfferNdaView? Nda,
    bool RequiresConflictDeclaration,
    DateTime? DecidedUtc,
    string? AcceptedByName,
    bool ContractCopyAvailable,
    string? EndReason);

/// <summary>The NDA part of an answerable offer: in force already, or the document to sign with the acceptance.</summary>
public sealed record OfferNdaView(OfferNdaState State, string? TemplateName, int? TemplateVersion, NdaDocument? Document);
