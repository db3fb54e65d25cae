namespace ExpertNetwork.Application.Experts;

/// <summary>An evidence file to send as a download: its stream, the cleaned original name and the sniffed type.</summary>
public sealed record EvidenceDownload(Stream Content, string FileName, string ContentType, string Sha256);

public sealed record GetEvidenceQuery(Guid CredentialId);

public sealed class GetEvidenceHandler(IAppDbContext db, IFileStore files)
{
    /// <returns>The evidence, or null when the credential or its file does not exist.</returns>
    public async Task<EvidenceDownload?> HandleAsync(GetEvidenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var credentialId = query.CredentialId;
        var evidence = await db.Credentials.AsNoTracking()
            .Where(c => c.Id == credentialId && c.EvidenceStorageKey != null)
            .Select(c => new { Key = c.EvidenceStorageKey!, c.EvidenceFileName, c.EvidenceContentType, c.EvidenceSha256 })
            .SingleOrDefaultAsync(cancellationToken);
        if (evidence is null)
            return null;
        var stream = await files.OpenReadAsync(evidence.Key, cancellationToken);
        if (stream is null)
            return null;
        // Evidence is personal data (a licence, a passport page): who took a copy, and when, is on record.
        db.RecordAuditEvent("EvidenceDownloaded", "Credential", credentialId.ToString(), null,
            new { file = evidence.EvidenceFileName, sha256 = evidence.EvidenceSha256 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
        return new EvidenceDownload(stream, evidence.EvidenceFileName!, evidence.EvidenceContentType!, evidence.EvidenceSha256!);
    }
}
