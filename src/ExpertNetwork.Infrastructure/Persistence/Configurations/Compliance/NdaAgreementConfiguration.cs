using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Compliance;

internal sealed class NdaAgreementConfiguration : IEntityTypeConfiguration<NdaAgreement>
{
    public void Configure(EntityTypeBuilder<NdaAgreement> builder)
    {
        builder.ToTable("NdaAgreements");
        builder.Property(n => n.SignerName).HasMaxLength(TextLimits.Name);
        builder.Property(n => n.SignerIp).HasMaxLength(TextLimits.IpAddress);
        builder.Property(n => n.SignerUserAgent).HasMaxLength(TextLimits.UserAgent);
        builder.Property(n => n.DocumentSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(n => n.ClosedReason).HasMaxLength(TextLimits.Reason);
        builder.Property(n => n.LinkTokenSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(n => n.SignedPdfKey).HasMaxLength(TextLimits.Short);
        builder.Property(n => n.SignedPdfSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.HasOne<Expert>().WithMany().HasForeignKey(n => n.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<NdaTemplate>().WithMany().HasForeignKey(n => n.NdaTemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(n => n.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.ExpertId, n.Status, n.ExpiresOn });
        builder.HasIndex(n => new { n.Status, n.ExpiresOn });
        builder.HasIndex(n => new { n.Status, n.SignByUtc });
        // Links are looked up by the hash of their token (256 random bits, so never shared; not declared unique
        // because SQL Server's unique index would also count the NULLs of agreements without a link).
        builder.HasIndex(n => n.LinkTokenSha256);
    }
}
