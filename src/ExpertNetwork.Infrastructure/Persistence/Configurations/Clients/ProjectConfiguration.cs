using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Clients;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("Projects");
        builder.Property(p => p.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(p => p.Code).HasMaxLength(TextLimits.Code).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(p => p.ExpertBrief).HasMaxLength(TextLimits.LongText).IsRequired();
        builder.Property(p => p.TimeZoneId).HasMaxLength(TextLimits.TimeZoneId).IsRequired();
        builder.Property(p => p.StatusReason).HasMaxLength(TextLimits.Reason);
        builder.ComplexProperty(p => p.Budget, m => m.Property(x => x.Currency).HasMaxLength(3));
        builder.ComplexProperty(p => p.Window);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Specialty>().WithMany().HasForeignKey(p => p.DomainSpecialtyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.PriceList).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.ClientId, p.Status });
        builder.HasIndex(p => new { p.Status, p.Name });
    }
}

internal sealed class PriceListEntryConfiguration : IEntityTypeConfiguration<PriceListEntry>
{
    public void Configure(EntityTypeBuilder<PriceListEntry> builder)
    {
        builder.ToTable("PriceListEntries");
        builder.ComplexProperty(e => e.HourlyRate, m => m.Property(x => x.Currency).HasMaxLength(3));
        builder.ComplexProperty(e => e.Effective);
        builder.HasIndex(e => new { e.ProjectId, e.Tier, e.Activity });
    }
}
