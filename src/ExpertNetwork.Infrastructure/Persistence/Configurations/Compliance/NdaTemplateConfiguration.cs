using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Compliance;

internal sealed class NdaTemplateConfiguration : IEntityTypeConfiguration<NdaTemplate>
{
    public void Configure(EntityTypeBuilder<NdaTemplate> builder)
    {
        builder.ToTable("NdaTemplates");
        builder.Property(t => t.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(t => t.Body).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(t => t.BodySha256).HasMaxLength(TextLimits.Sha256Hex).IsRequired();
        builder.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Name, t.VersionNumber }).IsUnique();
        builder.HasIndex(t => new { t.Scope, t.ClientId, t.RetiredUtc });
    }
}
