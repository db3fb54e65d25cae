using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Experts;

internal sealed class SpecialtyConfiguration : IEntityTypeConfiguration<Specialty>
{
    public void Configure(EntityTypeBuilder<Specialty> builder)
    {
        builder.ToTable("Specialties");
        builder.Property(s => s.Name).HasMaxLength(TextLimits.Short).IsRequired();
        builder.Property(s => s.Slug).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(s => s.Path).HasMaxLength(TextLimits.Url / 4).IsRequired();
        builder.HasIndex(s => s.Path).IsUnique();
        builder.HasIndex(s => s.ParentId);
        builder.HasOne<Specialty>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
