using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Experts;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.ToTable("Credentials");
        builder.Property(c => c.Issuer).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(c => c.Number).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(c => c.Jurisdiction).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(c => c.ReviewedBy).HasMaxLength(TextLimits.Actor);
        builder.Property(c => c.RejectionReason).HasMaxLength(TextLimits.Reason);
        builder.Property(c => c.EvidenceFileName).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.EvidenceContentType).HasMaxLength(TextLimits.Short);
        builder.Property(c => c.EvidenceSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(c => c.EvidenceStorageKey).HasMaxLength(TextLimits.Short);
        builder.HasOne<Expert>().WithMany().HasForeignKey(c => c.ExpertId).OnDelete(DeleteBehavior.Restrict);
        // Covers the search's "valid credential of this kind" probe per expert, expiry included.
        builder.HasIndex(c => new { c.ExpertId, c.Kind, c.Status, c.ExpiresOn });
        builder.HasIndex(c => new { c.Status, c.ExpiresOn });
        builder.HasIndex(c => new { c.Kind, c.Status, c.ExpiresOn, c.ExpertId });
    }
}
