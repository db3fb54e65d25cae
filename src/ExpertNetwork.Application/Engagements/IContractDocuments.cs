namespace ExpertNetwork.Application.Engagements;

/// <summary>
/// Turns an offered engagement into the contract the expert reads (the <c>documents/contract</c> template followed by
/// the engagement's terms and agreed rates), a PDF preview of it, and, on acceptance, the PDF with an acceptance
/// evidence page. The SHA-256 is of the contract text, so the page and the PDF prove the same words.
/// </summary>
public interface IContractDocuments
{
    ContractDocument Render(ContractFacts facts);

    /// <summary>The contract as a PDF to read before accepting: no signature, nothing stored.</summary>
    byte[] RenderPreview(ContractDocument document);

    /// <summary>The accepted contract: the document, the acceptance block and a final evidence page.</summary>
    byte[] RenderAccepted(ContractDocument document, ContractAcceptanceEvidence evidence);
}

/// <summary>What the contract of one engagement is filled in with. Rates are the engagement's agreed snapshot.</summary>
public sealed record ContractFacts(
    Guid EngagementId, DateTime OfferedUtc, string ExpertName, string ExpertEmail, string ExpertCountry,
    string ProjectTitle, string ClientName, Activity Activity, DateRange Window, decimal HoursPerWeek, decimal HoursCap,
    IReadOnlyList<AgreedRate> Rates)
{
    public Money MainRate => Rates.Single(r => r.Activity == Activity).HourlyRate;
}

public sealed record AgreedRate(Activity Activity, Money HourlyRate);

/// <summary>The contract for one engagement: Markdown (for the PDF), HTML (for the page) and the SHA-256 of its text.</summary>
public sealed record ContractDocument(ContractFacts Facts, string Markdown, string Html, string Sha256);

/// <summary>Everything the evidence page records about an acceptance.</summary>
public sealed record ContractAcceptanceEvidence(
    string SignerName, string SignerEmail, DateTime AcceptedUtc, string TimeZoneId, string? IpAddress, string? UserAgent,
    string? NdaNote, string? ConflictNote);
