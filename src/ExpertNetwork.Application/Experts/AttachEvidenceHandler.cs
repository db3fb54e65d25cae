namespace ExpertNetwork.Application.Experts;

public sealed record AttachEvidenceCommand(Guid CredentialId, EvidenceUpload Evidence);

/// <summary>Attaches (or replaces) the evidence of a credential that is still pending review.</summary>
public sealed class AttachEvidenceHandler(IAppDbContext db, IFileStore files)
{
    public async Task HandleAsync(AttachEvidenceCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var credentialId = command.CredentialId;
        var evidence = command.Evidence;
        var credential = await ExpertLoading.LoadCredentialAsync(db, credentialId, cancellationToken);
        var previousKey = credential.EvidenceStorageKey;
        try
        {
            await CredentialEvidence.AttachAndSaveAsync(db, files, credential, evidence, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Refusal.Stale("This credential");
        }
        if (previousKey is not null)
            await files.DeleteAsync(previousKey, CancellationToken.None);
    }
}
