using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Portal;

internal sealed class PortalSignInLinkConfiguration : IEntityTypeConfiguration<PortalSignInLink>
{
    public void Configure(EntityTypeBuilder<PortalSignInLink> builder)
    {
        builder.ToTable("PortalSignInLinks");
        builder.Property(l => l.TokenSha256).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => l.TokenSha256).IsUnique();
        builder.HasIndex(l => new { l.ExpertId, l.CreatedUtc });
        builder.HasOne<Expert>().WithMany().HasForeignKey(l => l.ExpertId).OnDelete(DeleteBehavior.Cascade);
    }
}
