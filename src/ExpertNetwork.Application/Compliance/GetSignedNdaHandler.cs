using ExpertNetwork.Application.Common;
using ExpertNetwork.Domain.Compliance;
using Microsoft.EntityFrameworkCore;

namespace ExpertNetwork.Application.Compliance;

/// <summary>A signed NDA's PDF as stored, with a file name for the download.</summary>
public sealed record SignedNdaFile(string FileName, byte[] Content);

/// <summary>The signed PDF, for staff (by agreement) or for the expert through the signing link while it offers a copy.</summary>
public sealed class GetSignedNdaHandler(IAppDbContext db, IFileStore files, IClock clock)
{
    public async Task<SignedNdaFile?> ForStaffAsync(Guid expertId, Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await db.NdaAgreements.AsNoTracking()
            .SingleOrDefaultAsync(n => n.Id == agreementId && n.ExpertId == expertId, cancellationToken);
        return agreement is null ? null : await ReadAsync(agreement, cancellationToken);
    }

    public async Task<SignedNdaFile?> ForLinkAsync(string? token, CancellationToken cancellationToken)
    {
        if (!LinkToken.IsWellFormed(token))
            return null;
        var hash = LinkToken.HashOf(token!);
        var agreement = await db.NdaAgreements.AsNoTracking().SingleOrDefaultAsync(n => n.LinkTokenSha256 == hash, cancellationToken);
        return agreement is not null && agreement.OffersSignedCopyAt(clock.UtcNow) ? await ReadAsync(agreement, cancellationToken) : null;
    }

    private async Task<SignedNdaFile?> ReadAsync(NdaAgreement agreement, CancellationToken cancellationToken)
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
