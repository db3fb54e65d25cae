using ExpertNetwork.Domain.Compliance;

namespace ExpertNetwork.Application.Compliance;

/// <summary>A signed NDA's PDF as stored, with a file name for the download.</summary>
public sealed record SignedNdaFile(string FileName, byte[] Content);

/// <summary>One agreement of one expert (the pair must match).</summary>
public sealed record GetSignedNdaQuery(Guid ExpertId, Guid AgreementId);

/// <summary>The token of the NDA's signing link as it arrived in the address (possibly malformed).</summary>
public sealed record GetSignedNdaByLinkQuery(string? Token);

/// <summary>The signed PDF of an agreement, for staff and for the expert's portal.</summary>
public sealed class GetSignedNdaHandler(IAppDbContext db, IFileStore files)
{
    /// <returns>The file, or null when there is no such agreement of this expert or it has no signed copy.</returns>
    public async Task<SignedNdaFile?> HandleAsync(GetSignedNdaQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var agreement = await db.NdaAgreements.AsNoTracking()
            .SingleOrDefaultAsync(n => n.Id == query.AgreementId && n.ExpertId == query.ExpertId, cancellationToken);
        return agreement is null ? null : await SignedNdaFiles.ReadAsync(db, files, agreement, cancellationToken);
    }
}

/// <summary>The signed PDF for the expert through the signing link, while the link offers a copy.</summary>
public sealed class GetSignedNdaByLinkHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    /// <returns>The file, or null when the link is unknown, replaced, or no longer offers the copy.</returns>
    public async Task<SignedNdaFile?> HandleAsync(GetSignedNdaByLinkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!LinkToken.IsWellFormed(query.Token))
            return null;
        var hash = LinkToken.HashOf(query.Token!);
        var agreement = await db.NdaAgreements.AsNoTracking().SingleOrDefaultAsync(n => n.LinkTokenSha256 == hash, cancellationToken);
        return agreement is not null && agreement.OffersSignedCopyAt(clock.UtcNow) ? await SignedNdaFiles.ReadAsync(db, files, agreement, cancellationToken) : null;
    }
}

internal static class SignedNdaFiles
{
    /// <returns>The stored PDF, hash-checked, or null when the agreement has none or the file is missing.</returns>
    public static async Task<SignedNdaFile?> ReadAsync(IAppDbContext db, IFileStore files, NdaAgreement agreement, CancellationToken cancellationToken)
    {
        if (agreement.SignedPdfKey is null)
            return null;
        var name = await db.NdaTemplates.AsNoTracking().Where(t => t.Id == agreement.NdaTemplateId).Select(t => t.Name).SingleAsync(cancellationToken);
        var bytes = await Documents.StoredDocuments.ReadVerifiedAsync(files, agreement.SignedPdfKey, agreement.SignedPdfSha256, $"signed PDF of NDA {agreement.Id}", cancellationToken);
        if (bytes is null)
            return null;
        return new SignedNdaFile(SignNdaHandler.SignedFileName(name), bytes);
    }
}
