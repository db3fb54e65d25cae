using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Engagements;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("Engagements");
        builder.Property(e => e.DeclineReason).HasMaxLength(TextLimits.Reason);
        builder.Property(e => e.AcceptedByName).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.AcceptanceIp).HasMaxLength(TextLimits.IpAddress);
        builder.Property(e => e.AcceptanceUserAgent).HasMaxLength(TextLimits.UserAgent);
        builder.Property(e => e.ContractSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(e => e.EndReason).HasMaxLength(TextLimits.Reason);
        builder.Property(e => e.OfferLinkSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.Property(e => e.ContractPdfKey).HasMaxLength(TextLimits.Short);
        builder.Property(e => e.ContractPdfSha256).HasMaxLength(TextLimits.Sha256Hex);
        builder.ComplexProperty(e => e.Window);
        builder.HasOne<Expert>().WithMany().HasForeignKey(e => e.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffingRequest>().WithMany().HasForeignKey(e => e.StaffingRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.AgreedRates).WithOne().HasForeignKey(r => r.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ExpertId, e.Status });
        builder.HasIndex(e => new { e.StaffingRequestId, e.Status });
        builder.HasIndex(e => new { e.ProjectId, e.Status });
        builder.HasIndex(e => new { e.Status, e.OfferExpiresUtc });
        builder.HasIndex(e => e.OfferLinkSha256);
        // One engagement per expert and request: a second offer racing the first (two tabs, two nodes) is refused here.
        builder.HasIndex(e => new { e.StaffingRequestId, e.ExpertId }).IsUnique();
    }
}

internal sealed class EngagementRateConfiguration : IEntityTypeConfiguration<EngagementRate>
{
    public void Configure(EntityTypeBuilder<EngagementRate> builder)
    {
        builder.ToTable("EngagementRates");
        builder.HasKey(r => new { r.EngagementId, r.Activity });
        builder.ComplexProperty(r => r.HourlyRate, m => m.Property(x => x.Currency).HasMaxLength(3));
    }
}
