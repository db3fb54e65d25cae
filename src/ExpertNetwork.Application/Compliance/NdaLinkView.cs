using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>What the page behind an NDA signing link shows.</summary>
public sealed record NdaLinkView(
    NdaLinkState State,
    Guid AgreementId,
    string ExpertName,
    string ExpertEmail,
    string TimeZoneId,
    string TemplateName,
    int TemplateVersion,
    DateTime SignByUtc,
    NdaDocument? Document,
    DateTime? SignedUtc,
    string? SignerName,
    bool SignedCopyAvailable);
