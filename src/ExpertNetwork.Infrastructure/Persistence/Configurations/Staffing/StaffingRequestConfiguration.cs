using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Experts;
using ExpertNetwork.Domain.Staffing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Staffing;

internal sealed class StaffingRequestConfiguration : IEntityTypeConfiguration<StaffingRequest>
{
    public void Configure(EntityTypeBuilder<StaffingRequest> builder)
    {
        builder.ToTable("StaffingRequests");
        builder.Property(r => r.Title).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(r => r.CloseReason).HasMaxLength(TextLimits.Reason);
        builder.Property(r => r.OpenedBy).HasMaxLength(TextLimits.Name);
        builder.PrimitiveCollection(r => r.SubspecialtyIds);
        builder.PrimitiveCollection(r => r.RequiredCredentialKinds);
        builder.PrimitiveCollection(r => r.Languages);
        builder.ComplexProperty(r => r.MaxHourlyPayRate, m => m.Property(x => x.Currency).HasMaxLength(3));
        builder.ComplexProperty(r => r.Window);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Specialty>().WithMany().HasForeignKey(r => r.SpecialtyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.OpenedUtc });
        builder.HasIndex(r => new { r.ProjectId, r.Status });
    }
}
