namespace ExpertNetwork.Application.Compliance;

/// <summary>
/// Turns an NDA version into the document an expert reads and signs, and the signed document into a PDF with a
/// signature block and an evidence page. The document's SHA-256 is of its text, so the page the expert reads and
/// the PDF they receive prove the same words.
/// </summary>
public interface INdaDocuments
{
    /// <summary>Problems with an NDA text as a document template; empty when it can be published.</summary>
    IReadOnlyList<string> Validate(string body);

    NdaDocument Render(string body, NdaDocumentFacts facts);

    /// <summary>The signed PDF: the document, the signature block and a final evidence page.</summary>
    byte[] RenderSigned(NdaDocument document, NdaSignatureEvidence evidence);
}

/// <summary>What an NDA version is filled in with for one agreement.</summary>
public sealed record NdaDocumentFacts(
    Guid AgreementId, string TemplateName, int TemplateVersion, string ExpertName, string ExpertEmail, string ExpertCountry,
    string? ClientName, DateTime SentUtc, int ValidityMonths);

/// <summary>The document for one agreement: Markdown (for the PDF), HTML (for the page) and the SHA-256 of its text.</summary>
public sealed record NdaDocument(NdaDocumentFacts Facts, string Markdown, string Html, string Sha256);

/// <summary>Everything the evidence page records about a signature.</summary>
public sealed record NdaSignatureEvidence(
    string SignerName, string SignerEmail, DateTime SignedUtc, string TimeZoneId, string? IpAddress, string? UserAgent);
