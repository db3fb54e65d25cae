using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Compliance;
using ExpertNetwork.Domain.Engagements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Compliance;

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder)
    {
        builder.ToTable("ConflictDeclarations");
        builder.PrimitiveCollection(d => d.Employers);
        builder.PrimitiveCollection(d => d.MatchedRestrictedCompanies);
        builder.Property(d => d.OtherInterests).HasMaxLength(TextLimits.Note);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(d => d.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.EngagementId);
        builder.HasIndex(d => d.ExpertId);
    }
}
