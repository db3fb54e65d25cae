using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>One version of an NDA text in the templates list.</summary>
public sealed record NdaTemplateVersionView(
    Guid Id, string Name, NdaScope Scope, Guid? ClientId, string? ClientName, int VersionNumber, int ValidityMonths,
    string BodySha256, DateTime CreatedUtc, DateTime? RetiredUtc, int AgreementCount)
{
    public bool IsCurrent => RetiredUtc is null;
}

/// <summary>An NDA (all versions of one name), current version first.</summary>
public sealed record NdaTemplateFamilyView(string Name, NdaScope Scope, string? ClientName, IReadOnlyList<NdaTemplateVersionView> Versions)
{
    public NdaTemplateVersionView? Current => Versions.FirstOrDefault(v => v.IsCurrent);
}

/// <summary>A current NDA version that can be sent, for the "Send NDA" form.</summary>
public sealed record SendableNdaView(Guid Id, string Name, NdaScope Scope, string? ClientName, int VersionNumber, int ValidityMonths);
