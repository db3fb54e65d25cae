using ExpertNetwork.Domain.Clients;
using ExpertNetwork.Domain.Common;
using ExpertNetwork.Domain.Engagements;
using ExpertNetwork.Domain.Sprints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertNetwork.Infrastructure.Persistence.Configurations.Sprints;

internal sealed class AnnotationSprintConfiguration : IEntityTypeConfiguration<AnnotationSprint>
{
    public void Configure(EntityTypeBuilder<AnnotationSprint> builder)
    {
        builder.ToTable("Sprints");
        builder.Property(s => s.Name).HasMaxLength(TextLimits.Name).IsRequired();
        builder.Property(s => s.TimeZoneId).HasMaxLength(TextLimits.TimeZoneId).IsRequired();
        builder.Property(s => s.GuidelinesUrl).HasMaxLength(TextLimits.Url);
        builder.Property(s => s.CancelReason).HasMaxLength(TextLimits.Reason);
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.SprintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ProjectId, s.StartUtc });
        builder.HasIndex(s => new { s.Status, s.StartUtc });
        builder.HasIndex(s => new { s.Status, s.EndUtc });
    }
}

internal sealed class SprintParticipantConfiguration : IEntityTypeConfiguration<SprintParticipant>
{
    public void Configure(EntityTypeBuilder<SprintParticipant> builder)
    {
        builder.ToTable("SprintParticipants");
        builder.HasKey(p => new { p.SprintId, p.EngagementId });
        builder.HasOne<Engagement>().WithMany().HasForeignKey(p => p.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.EngagementId);
        builder.HasIndex(p => p.ExpertId);
    }
}
