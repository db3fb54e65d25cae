using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>
/// Signs an agreement with its evidence and keeps the signed PDF (document, signature block, evidence page) with it,
/// in the caller's unit of work: the signing link and an offer accepted together with its NDA sign the same way.
/// </summary>
internal static class NdaSigning
{
    /// <returns>The signed PDF and its stored copy (which the caller deletes if its save fails).</returns>
    public static async Task<(byte[] Pdf, StoredFile Stored)> SignAsync(
        NdaAgreementContext context, NdaDocument document, string fullName, string? ipAddress, string? userAgent,
        INdaDocuments documents, IFileStore files, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var (agreement, expert, _, _) = context;
        agreement.Sign(fullName.Trim(), consent: true, ipAddress, userAgent, document.Sha256, nowUtc);
        var pdf = documents.RenderSigned(document, new NdaSignatureEvidence(
            agreement.SignerName!, expert.Email, nowUtc, expert.TimeZoneId, agreement.SignerIp, agreement.SignerUserAgent));
        StoredFile stored;
        using (var content = new MemoryStream(pdf, writable: false))
            stored = await files.SaveAsync(SignNdaHandler.FileArea, content, cancellationToken);
        agreement.AttachSignedPdf(stored.Key, stored.Sha256);
        return (pdf, stored);
    }
}
