using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

internal static class CredentialEvidence
{
    /// <summary>Stores the file, attaches it and saves; a file whose record could not be saved is removed again.</summary>
    public static async Task AttachAndSaveAsync(IAppDbContext db, IFileStore files, Credential credential, EvidenceUpload evidence, CancellationToken cancellationToken)
    {
        if (credential.Status != VerificationStatus.Pending)
            throw Refusal.Conflict("Evidence can only be attached while the credential is pending review.");
        var (stored, contentType, fileName) = await EvidenceFiles.StoreAsync(files, evidence, cancellationToken);
        try
        {
            credential.AttachEvidence(fileName, contentType, stored.SizeBytes, stored.Sha256, stored.Key);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }
    }
}
