using ExpertNetwork.Domain.Experts;

namespace ExpertNetwork.Application.Experts;

/// <summary>A credential for an expert, with its evidence file when one was uploaded.</summary>
public sealed record AddCredentialCommand(Guid ExpertId, CredentialInput Credential, EvidenceUpload? Evidence);

/// <summary>Records a credential (pending review), with its evidence file when one is uploaded.</summary>
public sealed class AddCredentialHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    /// <returns>The new credential's id.</returns>
    public async Task<Guid> HandleAsync(AddCredentialCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var expertId = command.ExpertId;
        var input = command.Credential;
        var evidence = command.Evidence;
        ArgumentNullException.ThrowIfNull(input);
        var expert = await db.Experts.AsNoTracking().Where(e => e.Id == expertId).Select(e => new { e.Status }).SingleOrDefaultAsync(cancellationToken)
            ?? throw Refusal.NotFound("The expert");
        if (expert.Status == ExpertStatus.Archived)
            throw Refusal.Conflict("An archived expert cannot be changed.");

        var credential = Credential.Add(expertId, input.Kind ?? CredentialKind.Other, input.Issuer, input.Number, input.Jurisdiction,
            input.IssuedOn ?? throw Refusal.Invalid("The issue date is required.", "IssuedOn"), input.ExpiresOn, clock.UtcNow);
        db.Credentials.Add(credential);
        if (evidence is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return credential.Id;
        }
        await CredentialEvidence.AttachAndSaveAsync(db, files, credential, evidence, cancellationToken);
        return credential.Id;
    }
}
